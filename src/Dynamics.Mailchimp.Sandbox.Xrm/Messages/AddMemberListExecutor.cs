using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>AddMemberList (SDK message AddMember): one member into a static list.</summary>
internal sealed class AddMemberListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "AddMemberList";

    public string SdkMessageName => MessageNames.AddMember;

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, "ListId"));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, "ListId");
        var memberId = RequestParameters.Required<Guid>(request, "EntityId");
        var (_, memberTable) = ListMembership.OpenStaticList(organization, listId, adding: true);
        var id = ListMembership.Add(organization, listId, memberTable, memberId, ListMembership.Members(organization, listId));
        ListMembership.UpdateCount(organization, listId);

        var response = new AddMemberListResponse();
        response.Results["Id"] = id;
        return response;
    }
}
