using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// What a request passes to the organization besides its body: the bearer token's user, the <c>tag</c> query parameter as
/// <c>SharedVariables["tag"]</c>, and <c>MSCRM.BypassCustomPluginExecution: true</c> (only for holders of prvBypassCustomPlugins).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic.
/// </summary>
internal static class CallerOptionsFactory
{
    public static CallerOptions For(WebApiRequest request)
    {
        var bypass = string.Equals(request.Header(HeaderNames.BypassCustomPluginExecution), "true", StringComparison.OrdinalIgnoreCase);
        if (bypass && !request.Caller.CanBypassCustomPlugins)
        {
            throw new WebApiException(403, ErrorCodes.PrivilegeDenied, $"Principal user (Id={request.Caller.UserId}, type=8) is missing prvBypassCustomPlugins privilege; MSCRM.BypassCustomPluginExecution needs it.");
        }

        var tag = request.Option(WebApiNames.Tag);
        var shared = tag is null ? null : new Dictionary<string, object>(StringComparer.Ordinal) { [WebApiNames.Tag] = tag };
        return new CallerOptions(request.Caller.UserId, shared, bypass);
    }

    public static CallerOptions ReadOnly(WebApiRequest request) => new(request.Caller.UserId);
}
