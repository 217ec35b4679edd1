using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>POST /&lt;set&gt;/Microsoft.Dynamics.CRM.UpsertMultiple {"Targets":[…]}</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations, "UpsertMultiple";
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple): every target names its
/// type with <c>@odata.type</c> (400 otherwise) and is of the set's table ("All the records must be for the same table");
/// a target is found by its primary key, then updated, or created under that key when missing (the server's upsert
/// process, https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record), raising the
/// Create or Update event of each target, so plug-ins run per target ("Message pipelines merged"). One transaction: on a
/// standard table "any error … causes the entire operation to roll back", and the request answers with that error.
/// Each target needs the privileges of its create or update (Create or Write, and Append/AppendTo for its lookups), checked
/// as it is written, so a refused one rolls the whole request back. Two targets with the same key are an error. Success is <c>204 No Content</c> ("The UpsertMultipleResponse complex
/// type is not returned"). Targets identified by <c>@odata.id</c> (alternate keys) or by nothing answer 501.
/// </summary>
internal sealed class UpsertMultipleHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) =>
        method == "POST" && path.Kind == ResourceKind.CollectionAction && path.Action == BulkMessages.UpsertMultiple;

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var table = path.RequiredTable;
        RefuseQueryOptions(request);
        var targets = Targets(ActionParameters.Parse(request.Body));
        var entities = targets.Select(t => Read(table, t)).ToList();
        var duplicate = entities.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw WebApiException.BadRequest($"The Targets of UpsertMultiple hold the {table.LogicalName} record {duplicate.Key} more than once; each record may appear once.");
        }

        var caller = services.Callers.For(request);
        var service = services.Organization.CreateService(caller);
        var reader = services.Organization.CreateService(services.Callers.ReadOnly(request));
        services.Organization.RunInTransaction(() =>
        {
            foreach (var entity in entities)
            {
                var exists = Exists(reader, table, entity.Id);
                services.Guard.RequireWrite(request.Caller, table, entity, create: !exists);
                if (exists)
                {
                    service.Execute(new UpdateRequest { Target = entity });
                }
                else
                {
                    service.Create(entity);
                    services.Guard.Owners.Record(table.LogicalName, entity.Id, request.Caller.UserId);
                }
            }

            return true;
        });

        return WebApiResponse.NoContent();
    }

    private static void RefuseQueryOptions(WebApiRequest request)
    {
        if (request.Query.Keys.FirstOrDefault(k => k != WebApiNames.Tag) is { } option)
        {
            throw WebApiException.NotImplemented($"The query option '{option}' on {BulkMessages.UpsertMultiple}");
        }
    }

    private static JsonArray Targets(JsonObject parameters)
    {
        foreach (var (name, _) in parameters)
        {
            if (name != BulkMessages.Targets && !name.StartsWith('@'))
            {
                throw WebApiException.BadRequest($"The parameter '{name}' in the request payload is not a valid parameter for the operation '{BulkMessages.UpsertMultiple}'.");
            }
        }

        return parameters[BulkMessages.Targets] switch
        {
            JsonArray targets => targets,
            null => throw WebApiException.BadRequest($"Request message has unresolved parameters: '{BulkMessages.Targets}' of '{BulkMessages.UpsertMultiple}' is missing."),
            _ => throw WebApiException.BadRequest($"The parameter '{BulkMessages.Targets}' must be a collection of entity objects."),
        };
    }

    private Entity Read(TableDefinition table, JsonNode? node)
    {
        var target = node as JsonObject ?? throw WebApiException.BadRequest($"Each item of '{BulkMessages.Targets}' must be an entity object.");
        if (target[WebApiNames.ODataType] is not JsonValue type || !type.TryGetValue<string>(out var typeName))
        {
            throw WebApiException.BadRequest(ActionParameters.UntypedValue);
        }

        var expected = WebApiNames.Namespace + "." + table.LogicalName;
        if (typeName.TrimStart('#') != expected)
        {
            throw WebApiException.BadRequest($"Every target of {BulkMessages.UpsertMultiple} on '{table.EntitySetName}' must be of type '{expected}'; '{typeName}' was given (all the records must be for the same table).");
        }

        if (target.ContainsKey(BulkMessages.ODataId))
        {
            throw WebApiException.NotImplemented($"Targets identified by {BulkMessages.ODataId} (alternate keys) in {BulkMessages.UpsertMultiple}");
        }

        var entity = services.Reader.Read(table, target.ToJsonString(), null);
        return entity.Id != Guid.Empty
            ? entity
            : throw WebApiException.NotImplemented($"A {BulkMessages.UpsertMultiple} target without its primary key '{table.PrimaryIdAttribute}'");
    }

    private static bool Exists(IOrganizationService reader, TableDefinition table, Guid id)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = new ColumnSet(table.PrimaryIdAttribute!), TopCount = 1 };
        query.Criteria.AddCondition(table.PrimaryIdAttribute!, ConditionOperator.Equal, id);
        return reader.RetrieveMultiple(query).Entities.Count > 0;
    }
}
