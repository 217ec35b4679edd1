using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// What a request passes to the organization besides its body: the bearer token's user, or the user it impersonates with
/// <c>MSCRMCallerID</c> (needs prvActOnBehalfOfAnotherUser); the <c>tag</c> query parameter as <c>SharedVariables["tag"]</c>;
/// and the plug-in bypass of <c>MSCRM.BypassCustomPluginExecution</c> (needs prvBypassCustomPlugins; skips synchronous steps)
/// or <c>MSCRM.BypassBusinessLogicExecution</c> <c>CustomSync</c>, <c>CustomAsync</c> or both (needs
/// prvBypassCustomBusinessLogic; skips the steps of the modes named, so <c>CustomAsync</c> alone still runs synchronous
/// steps). A caller without the privilege gets 403 naming it; the organization checks the same privileges again.
/// What the organization cannot do (skip single steps, find a user by Entra object id) answers 501 naming the header.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/impersonate-another-user-web-api.
/// </summary>
internal sealed class CallerOptionsFactory(InMemoryOrganization organization)
{
    private const string SystemUserTable = "systemuser";

    public CallerOptions For(WebApiRequest request)
    {
        var headers = CallerHeaders.Read(request);
        Require(request.Caller, headers.BypassCustomPlugins, Privileges.BypassCustomPlugins, HeaderNames.BypassCustomPluginExecution);
        Require(request.Caller, headers.BypassSync || headers.BypassAsync || headers.BypassStepIds.Count > 0, Privileges.BypassCustomBusinessLogic, HeaderNames.BypassBusinessLogicExecution);
        if (headers.BypassStepIds.Count > 0)
        {
            throw WebApiException.NotImplemented($"{HeaderNames.BypassBusinessLogicExecutionStepIds} (the in-memory organization cannot skip single steps)");
        }

        var tag = request.Option(WebApiNames.Tag);
        var shared = tag is null ? null : new Dictionary<string, object>(StringComparer.Ordinal) { [WebApiNames.Tag] = tag };
        return new CallerOptions(EffectiveUser(request, headers), shared, headers.BypassCustomPlugins)
        {
            BypassBusinessLogic = (headers.BypassSync ? BusinessLogicBypass.CustomSync : BusinessLogicBypass.None)
                | (headers.BypassAsync ? BusinessLogicBypass.CustomAsync : BusinessLogicBypass.None),
            Privileges = request.Caller.Privileges.Names,
        };
    }

    public CallerOptions ReadOnly(WebApiRequest request) => new(EffectiveUser(request, CallerHeaders.Read(request)));

    private Guid EffectiveUser(WebApiRequest request, CallerHeaders headers)
    {
        if (headers.CallerId is null && headers.CallerObjectId is null)
        {
            return request.Caller.UserId;
        }

        Require(request.Caller, true, Privileges.ActOnBehalfOfAnotherUser, headers.CallerId is null ? HeaderNames.CallerObjectId : HeaderNames.CallerId);
        if (headers.CallerId is not { } userId)
        {
            throw WebApiException.NotImplemented($"Impersonation with {HeaderNames.CallerObjectId} (the sandbox's users have no Entra object id; use {HeaderNames.CallerId} with the systemuserid)");
        }

        return organization.Rows(SystemUserTable).Any(u => u.Id == userId)
            ? userId
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.ObjectDoesNotExist, $"systemuser With Id = {userId} Does Not Exist");
    }

    private static void Require(WebApiCaller caller, bool needed, string privilege, string header)
    {
        if (needed && !caller.Has(privilege))
        {
            throw PrivilegeDenial.Missing(caller.UserId, caller.Privileges, privilege, $"{header} needs it.");
        }
    }
}
