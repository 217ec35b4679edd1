using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /&lt;set&gt;?fetchXml=…</c>: rows without null columns, linked columns as <c>alias.column</c>, and the paging
/// annotations <c>@Microsoft.Dynamics.CRM.morerecords</c> and <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> (whose
/// <c>pagingcookie</c> attribute is URL-encoded twice). Paging is by page number; the cookie is informative.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results.
/// </summary>
internal sealed class FetchXmlQuery(SandboxServices services)
{
    public const string Parameter = "fetchXml";
    private const string MoreRecords = "@Microsoft.Dynamics.CRM.morerecords";
    private const string PagingCookie = "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie";

    public static bool Applies(WebApiRequest request) => request.Query.ContainsKey(Parameter);

    public WebApiResponse Handle(WebApiRequest request, TableDefinition table)
    {
        var query = new FetchXmlTranslator(services.Organization.Schema).Translate(request.Query[Parameter], table, services.MaxPageSize);
        var page = services.Organization.CreateService(CallerOptionsFactory.ReadOnly(request)).RetrieveMultiple(query);
        var rows = new JsonArray();
        foreach (var row in page.Entities)
        {
            rows.Add(Row(table, row));
        }

        var body = new JsonObject { [WebApiNames.ODataContext] = services.Writer.Context(table, null), ["value"] = rows };
        body[MoreRecords] = page.MoreRecords;
        if (page.MoreRecords)
        {
            var pageNumber = query.PageInfo.PageNumber;
            var inner = string.Create(CultureInfo.InvariantCulture, $"<cookie page=\"{pageNumber}\"><{table.PrimaryIdAttribute} last=\"{{{page.Entities[^1].Id.ToString().ToUpperInvariant()}}}\" /></cookie>");
            body[PagingCookie] = string.Create(CultureInfo.InvariantCulture, $"<cookie pagenumber=\"{pageNumber + 1}\" pagingcookie=\"{Uri.EscapeDataString(Uri.EscapeDataString(inner))}\" istracking=\"False\" />");
        }

        return new WebApiResponse(200, body);
    }

    private static JsonObject Row(TableDefinition table, Entity row)
    {
        var json = new JsonObject { [WebApiNames.ODataEtag] = EntityJsonWriter.ETag(row) };
        foreach (var (name, value) in row.Attributes.Where(a => a.Value is not null).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (value is AliasedValue aliased)
            {
                json[name] = JsonValueConverter.ToJson(aliased.Value);
            }
            else if (table.Columns.TryGetValue(name, out var column))
            {
                json[PropertyNames.For(column)] = JsonValueConverter.ToJson(value);
            }
        }

        return json;
    }
}
