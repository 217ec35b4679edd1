using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// RemoveListMembersList (SDK message RemoveListMembers): many members out of a static list; absent ones are skipped.
/// No SDK class: an <see cref="OrganizationRequest"/> named <c>RemoveListMembersList</c> with <c>ListId</c> (Guid) and
/// <c>MemberIds</c> (Guid[]), the shape of AddListMembersListRequest. The Web API action takes <c>List</c> and <c>Members</c>
/// (Microsoft's marketing-list client script sends exactly those, as it does for AddListMembersList).
/// </summary>
internal sealed class RemoveListMembersListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "RemoveListMembersList";

    public string SdkMessageName => MessageNames.RemoveListMembers;

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, ParameterNames.ListId));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, ParameterNames.ListId);
        var memberIds = RequestParameters.Required<Guid[]>(request, ParameterNames.MemberIds);
        ListMembership.OpenStaticList(organization, listId, adding: false);
        var removed = 0;
        foreach (var memberId in memberIds.Distinct())
        {
            removed += ListMembership.Remove(organization, listId, memberId) ? 1 : 0;
        }

        if (removed > 0)
        {
            ListMembership.UpdateCount(organization, listId);
        }

        return new OrganizationResponse { ResponseName = RequestName };
    }
}
