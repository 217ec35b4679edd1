using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Solution.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /&lt;set&gt;</c> and <c>GET /&lt;set&gt;(&lt;id&gt;)</c>. Collections page server-side: <c>Prefer: odata.maxpagesize=N</c>
/// (at most the configured maximum, 5,000 by default) answers with <c>Preference-Applied</c> and an <c>@odata.nextLink</c>
/// carrying a <c>$skiptoken</c>. As the lead's reference notes, <c>$top</c> is ignored when a max page size is requested.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results.
/// </summary>
internal sealed class EntityQueryHandler(SandboxServices services) : IWebApiHandler
{
    private const int MaxCount = 5000;

    public bool CanHandle(ResourcePath path, string method) =>
        method == "GET" && path.Kind is ResourceKind.EntitySet or ResourceKind.Entity;

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var table = path.RequiredTable;
        var service = services.Organization.CreateService(services.Callers.ReadOnly(request));
        if (path.Kind == ResourceKind.Entity)
        {
            services.Guard.Require(request.Caller, table, TableAccess.Read, path.RequiredId);
            TableOperations.Check(table, TableOperations.Retrieve);
            QueryOptionsReader.CheckSupported(request.Query);
            var selected = QueryOptionsReader.Select(table, request.Option(WebApiNames.Select));
            var row = service.Retrieve(table.LogicalName, path.RequiredId, Columns(selected));
            var etag = EntityJsonWriter.ETag(row);

            // If-None-Match with the current ETag: nothing changed (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api).
            return request.Header(HeaderNames.IfNoneMatch) == etag
                ? new WebApiResponse(304).WithHeader(HeaderNames.ETag, etag)
                : new WebApiResponse(200, services.Writer.Single(table, row, selected, PreferHeader.Parse(request.Header(HeaderNames.Prefer)))).WithHeader(HeaderNames.ETag, etag);
        }

        // Read at Basic (user) level on a user-owned table: only the caller's own rows.
        var owned = services.Guard.RequireQuery(request.Caller, table);
        var prefer = PreferHeader.Parse(request.Header(HeaderNames.Prefer));
        if (FetchXmlQuery.Applies(request))
        {
            return new FetchXmlQuery(services).Handle(request, table, owned);
        }

        if (ChangeTrackingQuery.Applies(request, prefer))
        {
            if (owned is not null)
            {
                throw WebApiException.NotImplemented($"Change tracking of '{table.LogicalName}' with its Read privilege at Basic (user) level (Dataverse would track only the user's rows)");
            }

            return new ChangeTrackingQuery(services).Handle(request, table, prefer);
        }

        var options = services.Queries.Read(table, request.Query);
        var pageSize = prefer.MaxPageSize is { } asked && asked <= services.MaxPageSize ? asked : services.MaxPageSize;
        var paged = prefer.MaxPageSize.HasValue || options.Top is null;
        var query = Query(table, options);
        OwnedRowsFilter.Restrict(query, table, owned);
        if (paged)
        {
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = options.PageNumber, ReturnTotalRecordCount = options.Count };
        }
        else
        {
            query.TopCount = Math.Min(options.Top!.Value, services.MaxPageSize);
            query.PageInfo = new PagingInfo { ReturnTotalRecordCount = options.Count };
        }

        var page = service.RetrieveMultiple(query);
        var body = Collection(table, page, options, request, prefer, paged && page.MoreRecords ? options.PageNumber + 1 : null);
        var response = new WebApiResponse(200, body);
        return prefer.MaxPageSize == pageSize
            ? response.WithHeader(HeaderNames.PreferenceApplied, $"{WebApiNames.MaxPageSize}={pageSize.ToString(CultureInfo.InvariantCulture)}")
            : response;
    }

    private static QueryExpression Query(TableDefinition table, QueryOptions options)
    {
        var query = new QueryExpression(table.LogicalName) { ColumnSet = Columns(options.Select) };
        if (options.Filter is not null)
        {
            query.Criteria = options.Filter;
        }

        foreach (var order in options.Orders)
        {
            query.Orders.Add(order);
        }

        return query;
    }

    private static ColumnSet Columns(IReadOnlyList<ColumnDefinition>? selected) =>
        selected is null ? new ColumnSet(true) : new ColumnSet(selected.Select(c => c.LogicalName).ToArray());

    private JsonObject Collection(TableDefinition table, EntityCollection page, QueryOptions options, WebApiRequest request, PreferHeader prefer, int? nextPage)
    {
        var rows = new JsonArray();
        foreach (var row in page.Entities)
        {
            rows.Add(services.Writer.Row(table, row, options.Select, prefer));
        }

        var body = new JsonObject { [WebApiNames.ODataContext] = services.Writer.Context(table, options.Select) };
        if (options.Count)
        {
            // $count counts at most 5,000 rows (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/count-rows).
            body[WebApiNames.ODataCount] = Math.Min(page.TotalRecordCount, MaxCount);
        }

        body["value"] = rows;
        if (nextPage is { } next)
        {
            body[WebApiNames.ODataNextLink] = Links.With(services.Writer.ServiceRoot, table, request.RawQuery, WebApiNames.SkipToken, SkipToken.Format(next));
        }

        return body;
    }
}
