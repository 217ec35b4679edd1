using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// <c>RemoveMembersByFetchXmlList</c> (ListId, FetchXml, KeepReturned): removes the members the query returns, or, with
/// KeepReturned, every member it does not return (Microsoft's marketing-list client script, RemoveMembersByFetchXmlListRequest).
/// No plug-in step of the connector is registered on it.
/// </summary>
internal sealed class RemoveMembersByFetchXmlListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "RemoveMembersByFetchXmlList";

    public string SdkMessageName => "RemoveMembersByFetchXml";

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, ParameterNames.ListId));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, ParameterNames.ListId);
        var keepReturned = RequestParameters.Required<bool>(request, "KeepReturned");
        var (_, memberTable) = ListMembership.OpenStaticList(organization, listId, adding: false);
        var returned = FetchXmlMembership.Matching(organization, request, memberTable);
        var removed = 0;
        foreach (var memberId in ListMembership.Members(organization, listId).Keys.Where(id => returned.Contains(id) != keepReturned).ToArray())
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
