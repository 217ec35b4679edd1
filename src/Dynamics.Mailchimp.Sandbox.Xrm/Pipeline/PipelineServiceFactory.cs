using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>The service factory a plug-in receives: nested calls join the transaction and are counted.</summary>
internal sealed class PipelineServiceFactory(InMemoryOrganization organization, CallerOptions caller, PluginExecutionContext context, PluginExecutionRecord record) : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var nestedCaller = caller with { UserId = userId ?? organization.SystemUserId, SharedVariables = null, BypassCustomPlugins = false, BypassBusinessLogic = BusinessLogicBypass.None, Privileges = [] };
        return new CountingOrganizationService(new OrganizationServiceSession(organization, nestedCaller, context, context.Depth + 1), record);
    }
}
