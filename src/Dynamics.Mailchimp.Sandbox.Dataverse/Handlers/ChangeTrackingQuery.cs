using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /&lt;set&gt;?$select=…</c> with <c>Prefer: odata.track-changes</c>: every row (paged as usual) and, on the last page,
/// an <c>@odata.deltaLink</c>; following it returns the rows changed since and <c>$deletedEntity</c> entries for rows gone.
/// <c>$filter</c>, <c>$orderby</c> and <c>$top</c> are refused (400), as Dataverse does; so is a table without change
/// tracking enabled, and a token older than the expiry.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems.
/// </summary>
internal sealed class ChangeTrackingQuery(SandboxServices services)
{
    public static bool Applies(WebApiRequest request, PreferHeader prefer) => prefer.TrackChanges || request.Query.ContainsKey(WebApiNames.DeltaToken);

    public WebApiResponse Handle(WebApiRequest request, TableDefinition table, PreferHeader prefer)
    {
        if (!services.ChangeTracked.Contains(table.LogicalName))
        {
            throw WebApiException.BadRequest($"Change tracking is not enabled for the table '{table.LogicalName}' (ChangeTrackingEnabled is false); {WebApiNames.TrackChanges} cannot be used with '{table.EntitySetName}'.");
        }

        QueryOptionsReader.CheckSupported(request.Query);
        foreach (var refused in new[] { WebApiNames.Filter, WebApiNames.OrderBy, WebApiNames.Top })
        {
            if (request.Query.ContainsKey(refused))
            {
                throw WebApiException.BadRequest($"The query option {refused} is not supported with change tracking (Prefer: {WebApiNames.TrackChanges}).");
            }
        }

        var selected = QueryOptionsReader.Select(table, request.Option(WebApiNames.Select));
        var rows = services.Organization.Rows(table.LogicalName);
        var body = new JsonObject { [WebApiNames.ODataContext] = services.Writer.Context(table, selected) + (request.Query.ContainsKey(WebApiNames.DeltaToken) ? "/$delta" : string.Empty) };
        var value = new JsonArray();
        body["value"] = value;
        if (request.Option(WebApiNames.DeltaToken) is { } token)
        {
            var snapshot = services.ChangeTokens.Find(token, table.LogicalName);
            foreach (var row in rows.Where(r => Version(r) > snapshot.Version).OrderBy(Version))
            {
                value.Add(services.Writer.Row(table, row, selected));
            }

            var present = rows.Select(r => r.Id).ToHashSet();
            foreach (var gone in snapshot.Ids.Where(id => !present.Contains(id)))
            {
                value.Add(new JsonObject
                {
                    [WebApiNames.ODataContext] = $"{services.Writer.ServiceRoot}{WebApiNames.Metadata}#{table.EntitySetName}/$deletedEntity",
                    ["id"] = gone.ToString("D"),
                    ["reason"] = "deleted",
                });
            }

            body[WebApiNames.ODataDeltaLink] = DeltaLink(table, request, rows);
            return Applied(new WebApiResponse(200, body));
        }

        var pageSize = prefer.MaxPageSize is { } asked && asked <= services.MaxPageSize ? asked : services.MaxPageSize;
        var page = request.Option(WebApiNames.SkipToken) is { } skip ? SkipToken.Parse(skip) : 1;
        var ordered = rows.OrderBy(r => r.Id).ToArray();
        foreach (var row in ordered.Skip((page - 1) * pageSize).Take(pageSize))
        {
            value.Add(services.Writer.Row(table, row, selected));
        }

        if (ordered.Length > page * pageSize)
        {
            body[WebApiNames.ODataNextLink] = Links.With(services.Writer.ServiceRoot, table, request.RawQuery, WebApiNames.SkipToken, SkipToken.Format(page + 1));
        }
        else
        {
            body[WebApiNames.ODataDeltaLink] = DeltaLink(table, request, rows);
        }

        return Applied(new WebApiResponse(200, body));
    }

    private string DeltaLink(TableDefinition table, WebApiRequest request, IReadOnlyList<Entity> rows)
    {
        var token = services.ChangeTokens.Issue(table.LogicalName, rows.Count == 0 ? 0 : rows.Max(Version), rows.Select(r => r.Id).ToHashSet());
        return Links.With(services.Writer.ServiceRoot, table, Links.Without(request.RawQuery, WebApiNames.SkipToken), WebApiNames.DeltaToken, token);
    }

    private static WebApiResponse Applied(WebApiResponse response) => response.WithHeader(HeaderNames.PreferenceApplied, WebApiNames.TrackChanges);

    private static long Version(Entity row) => long.Parse(row.RowVersion, CultureInfo.InvariantCulture);
}
