using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Update: the sent columns only, with optional row-version concurrency.</summary>
internal sealed class UpdateExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "Update";

    public string SdkMessageName => "Update";

    public EntityReference PrimaryEntity(OrganizationRequest request) => RequestParameters.TargetOf(request);

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var target = RequestParameters.Required<Entity>(request, "Target");
        var table = RowValidator.Table(organization.Schema, target.LogicalName);
        ActivityPointers.RefuseWrite(RequestName, table);
        var stored = RowLookup.Existing(organization.Store, table.LogicalName, target.Id);
        RowLookup.CheckVersion(stored, target.RowVersion, RequestParameters.Concurrency(request));
        ListRules.CheckUpdate(stored, target);
        RowValidator.Validate(organization.Schema, table, target, target.Id);

        var row = EntityCopy.Clone(stored);
        var primaryId = table.PrimaryIdAttribute; // a scan of the table's columns: once per update, not once per sent column
        foreach (var (name, value) in target.Attributes)
        {
            if (name == primaryId)
            {
                continue;
            }

            if (value is null)
            {
                row.Attributes.Remove(name);
            }
            else
            {
                row[name] = EntityCopy.CloneValue(value);
            }
        }

        StateStatusRules.Apply(table, target, row, creating: false);
        row["modifiedby"] = new EntityReference("systemuser", caller.UserId);
        FullName.Apply(table, row);
        ActivityPointers.Stamp(table, row);
        AlternateKeyRules.Check(table, organization.Store, row);
        organization.Stamp(row, created: false);
        organization.Store.Put(row);
        ActivityPointers.Mirror(organization.Schema, organization.Store, table, row);
        return new UpdateResponse();
    }
}
