using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// FetchXML over the Web API.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api and
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// </summary>
public sealed partial class FetchXmlQueryTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.ConnectorToken), seed);
    }

    private static string Url(string fetchXml) => "contacts?fetchXml=" + Uri.EscapeDataString(fetchXml);

    private static Task<HttpResponseMessage> GetAnnotatedAsync(HttpClient client, string fetchXml, string annotations = "*") =>
        WebApiClient.SendAsync(client, HttpMethod.Get, Url(fetchXml), null, ("Prefer", $"odata.include-annotations=\"{annotations}\""));

    [Fact]
    public async Task Get_FetchXmlPaged_ReturnsPagesWithMoreRecordsAndCookie()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        const string template = """<fetch count="3" page="PAGE"><entity name="contact"><attribute name="lastname" /><attribute name="emailaddress1" /><order attribute="lastname" /><filter><condition attribute="emailaddress1" operator="like" value="%@contoso-coffee.com" /></filter></entity></fetch>""";

        // Act
        using var first = await GetAnnotatedAsync(client, template.Replace("PAGE", "1", StringComparison.Ordinal));
        var firstBody = await WebApiClient.ReadJsonAsync(first);
        using var second = await GetAnnotatedAsync(client, template.Replace("PAGE", "2", StringComparison.Ordinal));
        var secondBody = await WebApiClient.ReadJsonAsync(second);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["Anderson", "Campbell", "McKay"], firstBody["value"]!.AsArray().Select(r => r!["lastname"]!.GetValue<string>()));
        Assert.True(firstBody["@Microsoft.Dynamics.CRM.morerecords"]!.GetValue<bool>());
        Assert.StartsWith("<cookie pagenumber=\"2\"", firstBody["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Stubberod"], secondBody["value"]!.AsArray().Select(r => r!["lastname"]!.GetValue<string>()));
        Assert.False(secondBody["@Microsoft.Dynamics.CRM.morerecords"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_FetchXmlWithLinkEntity_FiltersByListMembershipAndReturnsAliasedColumns()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var fetch = $"""<fetch><entity name="contact"><attribute name="contactid" /><link-entity name="listmember" from="entityid" to="contactid" alias="lm"><attribute name="listid" /><filter><condition attribute="listid" operator="eq" value="{seed.ListId}" /></filter></link-entity></entity></fetch>""";

        // Act
        using var response = await client.GetAsync(Url(fetch));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = body["value"]!.AsArray();
        Assert.Equal(seed.ContactIds.Take(2).Order(), rows.Select(r => Guid.Parse(r!["contactid"]!.GetValue<string>())).Order());
        Assert.All(rows, r => Assert.Equal(seed.ListId.ToString("D"), r!["lm.listid"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""<fetch><entity name="contact"><filter><condition attribute="lastname" operator="eq-userid" /></filter></entity></fetch>""", HttpStatusCode.NotImplemented)]
    [InlineData("""<fetch aggregate="true"><entity name="contact"><attribute name="contactid" aggregate="count" alias="n" /></entity></fetch>""", HttpStatusCode.NotImplemented)]
    [InlineData("""<fetch><entity name="lead" /></fetch>""", HttpStatusCode.BadRequest)]
    [InlineData("""<fetch><entity name="contact">""", HttpStatusCode.BadRequest)]
    public async Task Get_UnsupportedOrInvalidFetchXml_AnswersWithODataError(string fetchXml, HttpStatusCode expected)
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(Url(fetchXml));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(WebApiClient.ErrorMessage(body)));
    }
}
