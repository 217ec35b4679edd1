using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// The next page of a FetchXML query: <c>page</c> + 1 and the <c>paging-cookie</c> from the
/// <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> annotation, whose <c>pagingcookie</c> attribute is URL-encoded
/// twice (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
/// </summary>
internal static class FetchPages
{
    public static string Next(string fetchXml, string? cookieAnnotation)
    {
        var fetch = XElement.Parse(fetchXml);
        var page = int.TryParse((string?)fetch.Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var current) ? current : 1;
        string? cookie = null;
        if (!string.IsNullOrWhiteSpace(cookieAnnotation))
        {
            try
            {
                var element = XElement.Parse(cookieAnnotation);
                cookie = (string?)element.Attribute("pagingcookie") is { } encoded ? Uri.UnescapeDataString(Uri.UnescapeDataString(encoded)) : null;
            }
            catch (XmlException ex)
            {
                throw new RecordReadException("Dataverse sent a FetchXML paging cookie that is not XML.", ex);
            }
        }

        fetch.SetAttributeValue("page", (page + 1).ToString(CultureInfo.InvariantCulture));
        fetch.SetAttributeValue("paging-cookie", cookie);
        return fetch.ToString(SaveOptions.DisableFormatting);
    }
}
