using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>
/// FetchXML paging: sets <c>page</c>, <c>count</c> and <c>paging-cookie</c> on the fetch element. The cookie comes from the
/// <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> annotation, whose <c>pagingcookie</c> attribute is URL-encoded twice.
/// </summary>
internal static class FetchXmlPaging
{
    public static XElement Parse(string fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw new ArgumentException("The FetchXML is empty.", nameof(fetchXml));
        }

        XElement root;
        try
        {
            root = XElement.Parse(fetchXml);
        }
        catch (XmlException ex)
        {
            throw new ArgumentException($"The FetchXML is not well-formed XML: {ex.Message}", nameof(fetchXml), ex);
        }

        if (root.Name.LocalName != "fetch")
        {
            throw new ArgumentException($"The FetchXML root element is <{root.Name.LocalName}>, expected <fetch>.", nameof(fetchXml));
        }

        return root;
    }

    public static string Render(XElement fetch, int page, string? pagingCookie, int defaultCount)
    {
        var copy = new XElement(fetch);
        if (copy.Attribute("top") is null)
        {
            if (copy.Attribute("count") is null)
            {
                copy.SetAttributeValue("count", defaultCount.ToString(CultureInfo.InvariantCulture));
            }

            copy.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
            copy.SetAttributeValue("paging-cookie", pagingCookie);
        }

        return copy.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Next page number and cookie from the annotation (or page + 1 and no cookie when there is none).</summary>
    public static (int Page, string? Cookie) Next(string? cookieAnnotation, int currentPage)
    {
        if (string.IsNullOrWhiteSpace(cookieAnnotation))
        {
            return (currentPage + 1, null);
        }

        XElement cookie;
        try
        {
            cookie = XElement.Parse(cookieAnnotation);
        }
        catch (XmlException ex)
        {
            throw new Errors.DataverseResponseFormatException("The FetchXML paging cookie annotation is not XML.", ex);
        }

        var page = int.TryParse((string?)cookie.Attribute("pagenumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : currentPage + 1;
        var encoded = (string?)cookie.Attribute("pagingcookie");
        var decoded = encoded is null ? null : Uri.UnescapeDataString(Uri.UnescapeDataString(encoded));
        return (page, decoded);
    }
}
