using System.Net;
using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// FetchXmlQueryTests: annotations only on request, the paging cookie used, top at most 5,000.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api (the paging
/// annotations are returned with Prefer: odata.include-annotations), https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// (paging cookies; page size at most 5,000), https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/fetch (top).
/// </summary>
public sealed partial class FetchXmlQueryTests
{
    private const string Matching = """<filter><condition attribute="emailaddress1" operator="like" value="%@contoso-coffee.com" /></filter>""";

    [Fact]
    public async Task Get_FetchXmlWithoutAnnotationsPreference_OmitsMoreRecordsAndCookie()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(Url($"""<fetch count="1" page="1"><entity name="contact"><attribute name="lastname" />{Matching}</entity></fetch>"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(body["value"]!.AsArray());
        Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.morerecords"));
        Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
    }

    [Fact]
    public async Task Get_FetchXmlAskingOnlyForMoreRecords_OmitsTheCookie()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await GetAnnotatedAsync(client, $"""<fetch count="1" page="1"><entity name="contact"><attribute name="lastname" />{Matching}</entity></fetch>""", "Microsoft.Dynamics.CRM.morerecords");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.True(body["@Microsoft.Dynamics.CRM.morerecords"]!.GetValue<bool>());
        Assert.False(body.ContainsKey("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"));
    }

    [Fact]
    public async Task Get_NextPageWithCookieAfterARowOfThePageWasDeleted_SkipsNothing()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        const string template = """<fetch count="3" page="PAGE"><entity name="contact"><attribute name="lastname" /><order attribute="lastname" />MATCHING</entity></fetch>""";
        var fetch = template.Replace("MATCHING", Matching, StringComparison.Ordinal);
        using var first = await GetAnnotatedAsync(client, fetch.Replace("PAGE", "1", StringComparison.Ordinal));
        var annotation = XElement.Parse((await WebApiClient.ReadJsonAsync(first))["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]!.GetValue<string>());
        var cookie = Uri.UnescapeDataString(Uri.UnescapeDataString((string)annotation.Attribute("pagingcookie")!));
        var anderson = sandbox.Organization.Rows("contact").Single(c => (string?)c["lastname"] == "Anderson");
        sandbox.Organization.CreateService().Delete("contact", anderson.Id);
        var next = XElement.Parse(fetch.Replace("PAGE", "2", StringComparison.Ordinal));
        next.SetAttributeValue("paging-cookie", cookie);

        // Act
        using var second = await GetAnnotatedAsync(client, next.ToString(SaveOptions.DisableFormatting));
        var body = await WebApiClient.ReadJsonAsync(second);

        // Assert: by page number alone, page 2 would now be empty and Stubberod lost.
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["Stubberod"], body["value"]!.AsArray().Select(r => r!["lastname"]!.GetValue<string>()));
        Assert.False(body["@Microsoft.Dynamics.CRM.morerecords"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_NextPageWithForeignCookie_Returns400()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var fetch = new XElement("fetch", new XAttribute("count", "1"), new XAttribute("page", "2"), new XAttribute("paging-cookie", "<cookie page=\"1\"><accountid last=\"{00000000-0000-0000-0000-000000000001}\" /></cookie>"), new XElement("entity", new XAttribute("name", "contact")));

        // Act
        using var response = await GetAnnotatedAsync(client, fetch.ToString(SaveOptions.DisableFormatting));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(5000, HttpStatusCode.OK)]
    [InlineData(5001, HttpStatusCode.BadRequest)]
    public async Task Get_FetchXmlTop_AllowsAtMost5000(int top, HttpStatusCode expected)
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(Url($"""<fetch top="{top}"><entity name="contact"><attribute name="lastname" /></entity></fetch>"""));

        // Assert
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    // Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns (lookup
    // annotations are returned only when requested with Prefer: odata.include-annotations).
    public async Task Get_LookupLogicalName_OnlyWhenAsked()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var url = $"contacts({seed.ContactIds[0]})?$select=_parentcustomerid_value";

        // Act
        using var plain = await client.GetAsync(url);
        var plainBody = await WebApiClient.ReadJsonAsync(plain);
        using var asked = await WebApiClient.SendAsync(client, HttpMethod.Get, url, null, ("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\""));
        var askedBody = await WebApiClient.ReadJsonAsync(asked);

        // Assert
        Assert.DoesNotContain(plainBody, p => p.Key.Contains("@Microsoft.Dynamics.CRM", StringComparison.Ordinal));
        Assert.Equal("account", askedBody["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>());
        Assert.DoesNotContain(askedBody, p => p.Key.Contains("FormattedValue", StringComparison.Ordinal));
    }
}
