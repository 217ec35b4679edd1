using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>AddListMembersList (SDK message AddListMembers): many members of one type into a static list.</summary>
internal sealed class AddListMembersListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "AddListMembersList";

    public string SdkMessageName => MessageNames.AddListMembers;

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, "ListId"));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, "ListId");
        var memberIds = RequestParameters.Required<Guid[]>(request, "MemberIds");
        var (_, memberTable) = ListMembership.OpenStaticList(organization, listId, adding: true);
        var existing = ListMembership.Members(organization, listId);
        foreach (var memberId in memberIds)
        {
            ListMembership.Add(organization, listId, memberTable, memberId, existing);
        }

        ListMembership.UpdateCount(organization, listId);
        return new AddListMembersListResponse();
    }
}
