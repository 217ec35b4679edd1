using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Solution.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>POST /&lt;set&gt;</c> (create), <c>PATCH /&lt;set&gt;(&lt;id&gt;)</c> (update, or create when missing: upsert) and
/// <c>DELETE /&lt;set&gt;(&lt;id&gt;)</c>, with <c>If-Match</c>/<c>If-None-Match</c> and <c>Prefer: return=representation</c>.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api.
/// </summary>
internal sealed partial class EntityWriteHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) =>
        (path.Kind == ResourceKind.EntitySet && method == "POST")
        || (path.Kind == ResourceKind.Entity && method is "PATCH" or "DELETE");

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path) => request.Method switch
    {
        "POST" => Create(request, path.RequiredTable),
        "PATCH" => Upsert(request, path.RequiredTable, path.RequiredId),
        _ => Delete(request, path.RequiredTable, path.RequiredId),
    };

    private WebApiResponse Create(WebApiRequest request, TableDefinition table)
    {
        var entity = services.Reader.Read(table, request.Body, null);
        var service = services.Organization.CreateService(services.Callers.For(request));
        services.Guard.RequireWrite(request.Caller, table, entity, create: true);
        var id = service.Create(entity);
        services.Guard.Owners.Record(table.LogicalName, id, request.Caller.UserId);
        return Written(request, table, id, created: true);
    }

    private WebApiResponse Upsert(WebApiRequest request, TableDefinition table, Guid id)
    {
        TableOperations.Check(table, TableOperations.Update);
        var entity = services.Reader.Read(table, request.Body, id);
        var caller = services.Callers.For(request);
        var ifMatch = request.Header(HeaderNames.IfMatch);
        var ifNoneMatch = request.Header(HeaderNames.IfNoneMatch);
        var exists = Exists(table, id);
        if (ifNoneMatch == "*" && exists)
        {
            throw new WebApiException(412, ErrorCodes.DuplicateRecord, $"A record with matching key values already exists ({table.LogicalName} {id}).");
        }

        if (ifMatch is not null && !exists)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.ObjectDoesNotExist, $"{table.LogicalName} With Id = {id} Does Not Exist");
        }

        var service = services.Organization.CreateService(caller);
        services.Guard.RequireWrite(request.Caller, table, entity, create: !exists);
        if (!exists)
        {
            service.Create(entity);
            services.Guard.Owners.Record(table.LogicalName, id, request.Caller.UserId);
            return Written(request, table, id, created: true);
        }

        var update = new UpdateRequest { Target = entity };
        if (ETags.Version(ifMatch) is { } version)
        {
            entity.RowVersion = version;
            update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        service.Execute(update);
        return Written(request, table, id, created: false);
    }

    private WebApiResponse Delete(WebApiRequest request, TableDefinition table, Guid id)
    {
        services.Guard.Require(request.Caller, table, TableAccess.Delete, id);
        var target = new EntityReference(table.LogicalName, id);
        var delete = new DeleteRequest { Target = target };
        if (ETags.Version(request.Header(HeaderNames.IfMatch)) is { } version)
        {
            target.RowVersion = version;
            delete.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        services.Organization.CreateService(services.Callers.For(request)).Execute(delete);
        return WebApiResponse.NoContent();
    }
}
