using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Create: validates, fills defaults and system columns, enforces alternate keys, stores, returns the id.</summary>
internal sealed class CreateExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "Create";

    public string SdkMessageName => "Create";

    public EntityReference PrimaryEntity(OrganizationRequest request) => RequestParameters.TargetOf(request);

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var target = RequestParameters.Required<Entity>(request, "Target");
        var table = RowValidator.Table(organization.Schema, target.LogicalName);
        ActivityPointers.RefuseWrite(RequestName, table);
        if (table.LogicalName == TableNames.ListMember)
        {
            // Recorded real behaviour: Create of a listmember fails; members are added with AddMemberList/AddListMembersList.
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"Create method does not support entity type of {TableNames.ListMember}. Use AddMemberList or AddListMembersList to add members to list {target.GetAttributeValue<EntityReference>("listid")?.Id}.");
        }

        var key = table.PrimaryIdAttribute!;
        var id = target.Id != Guid.Empty ? target.Id : target.GetAttributeValue<Guid?>(key) ?? Guid.NewGuid();
        if (organization.Store.TryGet(table.LogicalName, id, out _))
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.DuplicateRecord, $"A record with matching key values already exists ({table.LogicalName} {id}).");
        }

        RowValidator.Validate(organization.Schema, table, target, id);
        var row = new Entity(table.LogicalName, id);
        foreach (var column in table.Columns.Values)
        {
            var value = Default(column);
            if (value is not null)
            {
                row[column.LogicalName] = value;
            }
        }

        foreach (var (name, value) in target.Attributes.Where(a => a.Value is not null))
        {
            row[name] = EntityCopy.CloneValue(value);
        }

        row[key] = id;
        StateStatusRules.Apply(table, target, row, creating: true);
        row["createdby"] = new EntityReference("systemuser", caller.UserId);
        row["modifiedby"] = new EntityReference("systemuser", caller.UserId);
        FullName.Apply(table, row);
        ActivityPointers.Stamp(table, row);
        AlternateKeyRules.Check(table, organization.Store, row);
        organization.Stamp(row, created: true);
        organization.Store.Put(row);
        ActivityPointers.Mirror(organization.Schema, organization.Store, table, row);
        target.Id = id;

        var response = new CreateResponse();
        response.Results["id"] = id;
        return response;
    }

    // What the platform fills when a create omits the column. A Yes/No column gets its declared default
    // (BooleanAttributeMetadata.DefaultValue; false when none is declared). A choice column's declared default is
    // PicklistAttributeMetadata.DefaultFormValue, the value a new *form* starts with: the platform does not apply it,
    // so a choice left out of a create through the API stays empty.
    private static object? Default(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Boolean => column.DefaultValue is { } declared && declared != 0,
        ColumnType.State => new OptionSetValue(0),
        ColumnType.Status => new OptionSetValue(1),
        _ => null,
    };
}
