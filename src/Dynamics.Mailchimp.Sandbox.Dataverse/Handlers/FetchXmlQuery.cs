using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Solution.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /&lt;set&gt;?fetchXml=…</c>: rows without null columns, linked columns as <c>alias.column</c>. The paging
/// annotations <c>@Microsoft.Dynamics.CRM.morerecords</c> and <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> (whose
/// <c>pagingcookie</c> attribute is URL-encoded twice) come only when <c>Prefer: odata.include-annotations</c> asks for
/// them; a <c>paging-cookie</c> sent back with the next page number is used (<see cref="FetchPagingCookie"/>).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results and
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api.
/// </summary>
internal sealed class FetchXmlQuery(SandboxServices services)
{
    public const string Parameter = "fetchXml";

    public static bool Applies(WebApiRequest request) => request.Query.ContainsKey(Parameter);

    public WebApiResponse Handle(WebApiRequest request, TableDefinition table, IReadOnlyList<Guid>? owned)
    {
        var prefer = PreferHeader.Parse(request.Header(HeaderNames.Prefer));
        var query = new FetchXmlTranslator(services.Organization.Schema).Translate(request.Query[Parameter], table, services.MaxPageSize);
        OwnedRowsFilter.Restrict(query, table, owned);
        foreach (var linked in Linked(query.LinkEntities))
        {
            services.Guard.Require(request.Caller, services.Organization.Schema.GetTable(linked.LinkToEntityName), TableAccess.Read);
        }

        var service = services.Organization.CreateService(services.Callers.ReadOnly(request));
        var (rows, more) = Page(service, query, table);
        string? cookie = null;
        if (more && rows.Count > 0 && prefer.Includes(WebApiNames.PagingCookieAnnotation))
        {
            var pageNumber = query.PageInfo.PageNumber;
            var inner = FetchPagingCookie.Format(table, pageNumber, rows[0].Id, rows[^1].Id);
            cookie = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<cookie pagenumber=\"{pageNumber + 1}\" pagingcookie=\"{Uri.EscapeDataString(Uri.EscapeDataString(inner))}\" istracking=\"False\" />");
        }

        // The rows are the query's own copies: written after the organization's lock is released, they cannot change.
        var answer = new FetchXmlAnswer(table, services.Writer.Context(table, null), rows, prefer)
        {
            MoreRecords = prefer.Includes(WebApiNames.MoreRecordsAnnotation) ? more : null,
            PagingCookie = cookie,
        };
        var response = new WebApiResponse(200) { BodyWriter = answer.Write };
        return prefer.IncludeAnnotationsValue is { } asked
            ? response.WithHeader(HeaderNames.PreferenceApplied, $"{WebApiNames.IncludeAnnotations}=\"{asked}\"")
            : response;
    }

    // Reading through a link-entity needs Read on the linked table as well.
    private static IEnumerable<LinkEntity> Linked(IEnumerable<LinkEntity> links) => links.SelectMany(l => Linked(l.LinkEntities).Prepend(l));

    private static (IReadOnlyList<Entity> Rows, bool More) Page(IOrganizationService service, QueryExpression query, TableDefinition table)
    {
        var paging = query.PageInfo;
        if (paging?.PagingCookie is { Length: > 0 } text)
        {
            var cookie = FetchPagingCookie.Parse(text, table);
            if (cookie.Page == paging.PageNumber - 1 && AfterCookie(service, query, cookie) is { } all)
            {
                return (all.Take(paging.Count).ToArray(), all.Count > paging.Count);
            }
        }

        var page = service.RetrieveMultiple(query);
        return (page.Entities.ToArray(), page.MoreRecords);
    }

    // Every row after the cookie's last one, in the query's order; null when that row is gone and the query orders by
    // other columns, whose values the sandbox's cookie does not carry (then the page number decides, as without a cookie).
    private static List<Entity>? AfterCookie(IOrganizationService service, QueryExpression query, FetchPagingCookie cookie)
    {
        var saved = query.PageInfo;
        query.PageInfo = new PagingInfo { Count = int.MaxValue, PageNumber = 1 };
        var ordered = service.RetrieveMultiple(query).Entities.ToList();
        query.PageInfo = saved;
        var index = ordered.FindIndex(r => r.Id == cookie.Last);
        if (index >= 0)
        {
            return ordered.GetRange(index + 1, ordered.Count - index - 1);
        }

        return query.Orders.Count == 0 ? ordered.Where(r => r.Id.CompareTo(cookie.Last) > 0).ToList() : null;
    }
}
