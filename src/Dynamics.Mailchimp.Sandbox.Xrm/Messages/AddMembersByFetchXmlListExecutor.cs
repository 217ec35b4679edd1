using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// <c>AddMembersByFetchXmlList</c> (ListId, FetchXml): adds every record the query returns to a static list, once. No
/// plug-in step of the connector is registered on it (its SdkMessage id is not known to the solution), so it is one of
/// the membership changes reconciliation finds.
/// </summary>
internal sealed class AddMembersByFetchXmlListExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "AddMembersByFetchXmlList";

    public string SdkMessageName => "AddMembersByFetchXml";

    public EntityReference PrimaryEntity(OrganizationRequest request) => new(TableNames.List, RequestParameters.Required<Guid>(request, ParameterNames.ListId));

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var listId = RequestParameters.Required<Guid>(request, ParameterNames.ListId);
        var (_, memberTable) = ListMembership.OpenStaticList(organization, listId, adding: true);
        var existing = ListMembership.Members(organization, listId);
        foreach (var memberId in FetchXmlMembership.Matching(organization, request, memberTable).Order())
        {
            ListMembership.Add(organization, listId, memberTable, memberId, existing);
        }

        ListMembership.UpdateCount(organization, listId);
        return new OrganizationResponse { ResponseName = RequestName };
    }
}
