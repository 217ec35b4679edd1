using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// QualifyMemberList (SDK message QualifyMember), what "Manage Members" uses: <c>ListId</c>, <c>MembersId</c>,
/// <c>OverrideorRemove</c> — "true, to override; false, to remove" (QualifyMemberListRequest.OverrideorRemove,
/// learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg326522(v=crm.8)): override makes the
/// list's members exactly <c>MembersId</c>; remove takes <c>MembersId</c> out. The connector registers no plug-in step
/// on it, so its changes reach Mailchimp only by reconciliation.
/// </summary>
internal sealed class QualifyMemberListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "QualifyMemberList";

    public string SdkMessageName => "QualifyMember";

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, ParameterNames.ListId));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, ParameterNames.ListId);
        var memberIds = RequestParameters.Required<Guid[]>(request, "MembersId").ToHashSet();
        var overrideMembers = RequestParameters.Required<bool>(request, "OverrideorRemove");
        var (_, memberTable) = ListMembership.OpenStaticList(organization, listId, adding: overrideMembers);
        var existing = ListMembership.Members(organization, listId);
        var leaving = overrideMembers ? existing.Keys.Where(id => !memberIds.Contains(id)).ToArray() : memberIds.Where(existing.ContainsKey).ToArray();
        foreach (var memberId in leaving)
        {
            ListMembership.Remove(organization, listId, memberId);
        }

        if (overrideMembers)
        {
            foreach (var memberId in memberIds)
            {
                ListMembership.Add(organization, listId, memberTable, memberId, existing);
            }
        }

        ListMembership.UpdateCount(organization, listId);
        return new OrganizationResponse { ResponseName = RequestName };
    }
}
