using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.QueryFetchXmlAsync"/> pages with <c>page</c>/<c>count</c> and the paging cookie until
/// <c>morerecords</c> is false, returning every row once in order.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// </summary>
public sealed class FetchXmlPagingTests
{
    private const int BulkContacts = 25;

    private const string Fetch = """
        <fetch>
          <entity name="contact">
            <attribute name="contactid" />
            <attribute name="lastname" />
            <order attribute="lastname" />
            <filter><condition attribute="firstname" operator="eq" value="Bulk" /></filter>
          </entity>
        </fetch>
        """;

    private static async Task<SandboxClientHost> CreateSut()
    {
        var host = await SandboxClientHost.StartAsync(configure: o => o.MaxPageSize = 10);
        SandboxSeed.AddContacts(host.Sandbox.Organization, host.Sandbox.Tokens.AdminUserId, BulkContacts);
        host.Sandbox.ClearRequests();
        return host;
    }

    [Fact]
    public async Task QueryFetchXmlAsync_ThreePages_ReturnsEveryRowOnceInOrder()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        var names = new List<string>();
        await foreach (var row in host.Client.QueryFetchXmlAsync(SandboxNames.Contacts, Fetch, CancellationToken.None))
        {
            names.Add(row.GetProperty(SandboxNames.LastName).GetString()!);
        }

        // Assert
        Assert.Equal(Enumerable.Range(1, BulkContacts).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), names);
        var pages = host.Sandbox.Requests.Where(r => r.Path == SandboxNames.ContactsPath).ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal(200, p.StatusCode));
    }

    [Fact]
    // Conformance: the sandbox, like Dataverse, returns morerecords and the paging cookie only for
    // Prefer: odata.include-annotations (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api);
    // without the header the client would stop after the first page.
    public async Task QueryFetchXmlAsync_EveryPage_AsksForThePagingAnnotationsAndSendsTheCookieBack()
    {
        // Arrange
        await using var host = await CreateSut();

        // Act
        await foreach (var _ in host.Client.QueryFetchXmlAsync(SandboxNames.Contacts, Fetch, CancellationToken.None))
        {
        }

        // Assert
        var pages = host.Sandbox.Requests.Where(r => r.Path == SandboxNames.ContactsPath).ToList();
        Assert.All(pages, p => Assert.Contains("Microsoft.Dynamics.CRM.fetchxmlpagingcookie", p.Headers["Prefer"], StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("Microsoft.Dynamics.CRM.morerecords", p.Headers["Prefer"], StringComparison.Ordinal));
        Assert.DoesNotContain("paging-cookie", Uri.UnescapeDataString(pages[0].Query), StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.Contains("paging-cookie", Uri.UnescapeDataString(p.Query), StringComparison.Ordinal));
    }
}
