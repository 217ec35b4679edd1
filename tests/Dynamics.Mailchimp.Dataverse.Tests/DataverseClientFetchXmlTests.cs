using System.Net;
using System.Xml.Linq;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>FetchXML over the Web API. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results</summary>
public sealed class DataverseClientFetchXmlTests
{
    private const string Fetch = "<fetch><entity name='contact'><attribute name='fullname'/><order attribute='fullname'/></entity></fetch>";

    private static ClientHost CreateSut() => ClientHost.Create(o => o.MaxPageSize = 2);

    private static XElement FetchOf(RecordedRequest request)
    {
        var query = request.Uri.Query;
        var encoded = query[(query.IndexOf("fetchXml=", StringComparison.Ordinal) + "fetchXml=".Length)..];
        return XElement.Parse(Uri.UnescapeDataString(encoded));
    }

    [Fact]
    public async Task QueryFetchXmlAsync_TwoPages_UsesDecodedPagingCookieAndPageNumber()
    {
        // Arrange: the cookie attribute is URL-encoded twice, as the service returns it.
        const string innerCookie = "<cookie page=\"1\"><fullname last=\"Bo\" first=\"Al\" /></cookie>";
        var twice = Uri.EscapeDataString(Uri.EscapeDataString(innerCookie));
        var annotation = $"<cookie pagenumber=\"2\" pagingcookie=\"{twice}\" istracking=\"False\" />";
        var page1 = $$"""{"value":[{"fullname":"Al"},{"fullname":"Bo"}],"@Microsoft.Dynamics.CRM.fetchxmlpagingcookie":{{System.Text.Json.JsonSerializer.Serialize(annotation)}},"@Microsoft.Dynamics.CRM.morerecords":true}""";
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, page1);
        host.Handler.EnqueueJson(HttpStatusCode.OK, """{"value":[{"fullname":"Cy"}],"@Microsoft.Dynamics.CRM.morerecords":false}""");

        // Act
        var rows = await host.Client.QueryFetchXmlAsync("contacts", Fetch, CancellationToken.None).ToListAsync();

        // Assert
        Assert.Equal(["Al", "Bo", "Cy"], rows.Select(r => r.GetProperty("fullname").GetString()));
        var requests = host.Handler.Requests;
        Assert.Equal(2, requests.Count);
        Assert.StartsWith(ClientHost.ServiceRoot + "contacts?fetchXml=", requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Dynamics.CRM.fetchxmlpagingcookie", requests[0].Header("Prefer"), StringComparison.Ordinal);
        var first = FetchOf(requests[0]);
        Assert.Equal("1", (string?)first.Attribute("page"));
        Assert.Equal("2", (string?)first.Attribute("count"));
        Assert.Null(first.Attribute("paging-cookie"));
        var second = FetchOf(requests[1]);
        Assert.Equal("2", (string?)second.Attribute("page"));
        Assert.Equal(innerCookie, (string?)second.Attribute("paging-cookie"));
    }

    [Fact]
    public void QueryFetchXmlAsync_NotWellFormed_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = Assert.Throws<ArgumentException>(() => host.Client.QueryFetchXmlAsync("contacts", "<fetch><entity>", CancellationToken.None));

        // Assert
        Assert.Equal("fetchXml", error.ParamName);
        Assert.Empty(host.Handler.Requests);
    }
}
