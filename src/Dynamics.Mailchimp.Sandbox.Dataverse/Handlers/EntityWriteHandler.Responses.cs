using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>Existence checks and the answers of writes: 204 with <c>OData-EntityId</c>, or the row with <c>return=representation</c>.</summary>
internal sealed partial class EntityWriteHandler
{
    // A lookup by primary key, not a RetrieveMultiple: Dataverse's upsert runs no RetrieveMultiple message (no such
    // steps fire), and the caller's headers were checked by CallerOptionsFactory.For before.
    private bool Exists(TableDefinition table, Guid id) => services.Organization.Exists(table.LogicalName, id);

    private WebApiResponse Written(WebApiRequest request, TableDefinition table, Guid id, bool created)
    {
        var entityId = services.Writer.EntityId(table, id);
        if (!PreferHeader.Parse(request.Header(HeaderNames.Prefer)).ReturnRepresentation)
        {
            return WebApiResponse.NoContent().WithHeader(HeaderNames.ODataEntityId, entityId);
        }

        var selected = QueryOptionsReader.Select(table, request.Option(WebApiNames.Select));
        var columns = selected is null ? new ColumnSet(true) : new ColumnSet(selected.Select(c => c.LogicalName).ToArray());
        var row = services.Organization.CreateService(services.Callers.ReadOnly(request)).Retrieve(table.LogicalName, id, columns);
        return new WebApiResponse(created ? 201 : 200, services.Writer.Single(table, row, selected))
            .WithHeader(HeaderNames.ODataEntityId, entityId)
            .WithHeader(HeaderNames.PreferenceApplied, WebApiNames.ReturnRepresentation)
            .WithHeader(HeaderNames.ETag, EntityJsonWriter.ETag(row));
    }
}
