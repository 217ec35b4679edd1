using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>RemoveMemberList (SDK message RemoveMember): one member out of a static list; a no-op when absent.</summary>
internal sealed class RemoveMemberListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "RemoveMemberList";

    public string SdkMessageName => MessageNames.RemoveMember;

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, "ListId"));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, "ListId");
        var memberId = RequestParameters.Required<Guid>(request, "EntityId");
        ListMembership.OpenStaticList(organization, listId, adding: false);
        if (ListMembership.Remove(organization, listId, memberId))
        {
            ListMembership.UpdateCount(organization, listId);
        }

        return new RemoveMemberListResponse();
    }
}
