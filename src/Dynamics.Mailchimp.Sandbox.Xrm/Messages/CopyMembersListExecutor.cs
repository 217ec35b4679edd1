using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// CopyMembersList (SDK message CopyMembers): "Copy the members from the source list to the target list without
/// creating duplicates" (CopyMembersListRequest: <c>SourceListId</c>, <c>TargetListId</c>; Web API action
/// CopyMembersList bound to the source with <c>TargetList</c>). Both lists are static and of one member type. The
/// connector registers no plug-in step on it, so the copied memberships reach Mailchimp only by reconciliation.
/// </summary>
internal sealed class CopyMembersListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "CopyMembersList";

    public string SdkMessageName => "CopyMembers";

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, "TargetListId"));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var sourceId = RequestParameters.Required<Guid>(request, "SourceListId");
        var targetId = RequestParameters.Required<Guid>(request, "TargetListId");
        var (_, sourceTable) = ListMembership.OpenStaticList(organization, sourceId, adding: false);
        var (_, targetTable) = ListMembership.OpenStaticList(organization, targetId, adding: true);
        if (sourceTable != targetTable)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"The source list's members are {sourceTable} records and the target list's are {targetTable} records; a list copies members of its own type only.");
        }

        var existing = ListMembership.Members(organization, targetId);
        foreach (var memberId in ListMembership.Members(organization, sourceId).Keys.ToArray())
        {
            ListMembership.Add(organization, targetId, targetTable, memberId, existing);
        }

        ListMembership.UpdateCount(organization, targetId);
        return new OrganizationResponse { ResponseName = RequestName };
    }
}
