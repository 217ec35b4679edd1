using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// The FetchXML paging cookie, <c>&lt;cookie page="1"&gt;&lt;accountid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>: the page
/// it ends and the first and last row of that page. Sent back as the fetch's <c>paging-cookie</c> attribute with the next
/// page number, it makes the next page start after the last row, whatever was inserted or deleted meanwhile; for a
/// page that does not follow the cookie's, Dataverse ignores the cookie.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results and
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-fetchxml.
/// </summary>
/// <param name="Page">The page the cookie ends.</param>
/// <param name="Last">The id of the last row of that page.</param>
internal sealed record FetchPagingCookie(int Page, Guid Last)
{
    public static string Format(TableDefinition table, int page, Guid first, Guid last) =>
        string.Create(CultureInfo.InvariantCulture, $"<cookie page=\"{page}\"><{table.PrimaryIdAttribute} last=\"{Braced(last)}\" first=\"{Braced(first)}\" /></cookie>");

    /// <summary>The cookie in a fetch's <c>paging-cookie</c>; 400 when it is not one this table's pages produce.</summary>
    public static FetchPagingCookie Parse(string cookie, TableDefinition table)
    {
        try
        {
            var root = XElement.Parse(cookie);
            var key = root.Element(table.PrimaryIdAttribute!);
            if (root.Name.LocalName == "cookie"
                && int.TryParse((string?)root.Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                && Guid.TryParse(((string?)key?.Attribute("last"))?.Trim('{', '}'), out var last))
            {
                return new FetchPagingCookie(page, last);
            }
        }
        catch (XmlException)
        {
            // Falls through to the refusal below.
        }

        throw WebApiException.BadRequest($"The fetchXml paging-cookie '{cookie}' is not a paging cookie of '{table.LogicalName}'; send back the one the previous page returned.");
    }

    private static string Braced(Guid id) => "{" + id.ToString("D").ToUpperInvariant() + "}";
}
