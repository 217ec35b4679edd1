using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Retrieve: one row, the asked-for columns plus the key, with its row version.</summary>
internal sealed class RetrieveExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "Retrieve";

    public string SdkMessageName => "Retrieve";

    public bool ReadsOnly => true;

    public EntityReference PrimaryEntity(OrganizationRequest request) => RequestParameters.Required<EntityReference>(request, "Target");

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var target = RequestParameters.Required<EntityReference>(request, "Target");
        var columns = request.Parameters.TryGetValue("ColumnSet", out var c) && c is ColumnSet set
            ? set
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"Retrieve of {target.LogicalName} {target.Id} needs a ColumnSet.");
        var table = RowValidator.Table(organization.Schema, target.LogicalName);
        var stored = RowLookup.Existing(organization.Store, table.LogicalName, target.Id);
        var names = Projection.Columns(table, columns);

        var response = new RetrieveResponse();
        response.Results["Entity"] = EntityCopy.Clone(stored, names);
        return response;
    }
}
