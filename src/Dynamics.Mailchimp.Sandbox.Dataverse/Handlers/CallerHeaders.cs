using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// The caller headers of a request, read strictly: <c>MSCRM.BypassCustomPluginExecution: true|false</c>,
/// <c>MSCRM.BypassBusinessLogicExecution: CustomSync|CustomAsync|CustomSync,CustomAsync</c>,
/// <c>MSCRM.BypassBusinessLogicExecutionStepIds</c> (at most 3 step ids by default), <c>MSCRMCallerID</c> (a systemuserid)
/// and <c>CallerObjectId</c> (an Entra object id). A value outside these is refused (400).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api.
/// </summary>
internal sealed record CallerHeaders(bool BypassCustomPlugins, bool BypassSync, bool BypassAsync, IReadOnlyList<Guid> BypassStepIds, Guid? CallerId, Guid? CallerObjectId)
{
    public const string CustomSync = "CustomSync";
    public const string CustomAsync = "CustomAsync";
    public const int StepIdsLimit = 3;

    public static CallerHeaders Read(WebApiRequest request)
    {
        var bypassPlugins = request.Header(HeaderNames.BypassCustomPluginExecution) switch
        {
            null => false,
            var text when bool.TryParse(text.Trim(), out var flag) => flag,
            var text => throw Invalid(HeaderNames.BypassCustomPluginExecution, text, "true or false"),
        };
        var logic = (request.Header(HeaderNames.BypassBusinessLogicExecution) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (logic.FirstOrDefault(v => v is not (CustomSync or CustomAsync)) is { } wrong)
        {
            throw Invalid(HeaderNames.BypassBusinessLogicExecution, wrong, $"{CustomSync}, {CustomAsync} or {CustomSync},{CustomAsync}");
        }

        var steps = (request.Header(HeaderNames.BypassBusinessLogicExecutionStepIds) ?? string.Empty).Trim('"', ' ')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, out var id) ? id : throw Invalid(HeaderNames.BypassBusinessLogicExecutionStepIds, s, "a comma-separated list of step ids"))
            .ToArray();
        if (steps.Length > StepIdsLimit)
        {
            throw WebApiException.BadRequest($"{HeaderNames.BypassBusinessLogicExecutionStepIds} names {steps.Length} steps; the limit (BypassBusinessLogicExecutionStepIdsLimit) is {StepIdsLimit}.");
        }

        return new CallerHeaders(bypassPlugins, logic.Contains(CustomSync), logic.Contains(CustomAsync), steps, Id(request, HeaderNames.CallerId), Id(request, HeaderNames.CallerObjectId));
    }

    private static Guid? Id(WebApiRequest request, string header) => request.Header(header) switch
    {
        null => null,
        var text when Guid.TryParse(text.Trim(), out var id) => id,
        var text => throw Invalid(header, text, "a GUID"),
    };

    private static WebApiException Invalid(string header, string value, string expected) =>
        WebApiException.BadRequest($"The value '{value}' of the {header} header is not valid; it takes {expected}.");
}
