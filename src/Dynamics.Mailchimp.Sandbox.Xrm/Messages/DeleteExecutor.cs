using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Delete: removes the row and, as the platform cascades, its marketing-list memberships; a listmember row keeps its list's count.</summary>
internal sealed class DeleteExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "Delete";

    public string SdkMessageName => "Delete";

    public EntityReference PrimaryEntity(OrganizationRequest request) => RequestParameters.Required<EntityReference>(request, "Target");

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var target = RequestParameters.Required<EntityReference>(request, "Target");
        var table = RowValidator.Table(organization.Schema, target.LogicalName);
        ActivityPointers.RefuseWrite(RequestName, table);
        var stored = RowLookup.Existing(organization.Store, table.LogicalName, target.Id);
        RowLookup.CheckVersion(stored, target.RowVersion, RequestParameters.Concurrency(request));

        if (table.LogicalName == TableNames.ListMember)
        {
            ListMembership.RemoveRow(organization, stored);
            return new DeleteResponse();
        }

        ListMembership.RemoveAllFor(organization, target);
        organization.Store.Remove(table.LogicalName, target.Id);
        ActivityPointers.Remove(organization.Store, table, target.Id);
        return new DeleteResponse();
    }
}
