using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>Queries and paging. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results</summary>
public sealed partial class DataverseClientQueriesTests
{
    private static ClientHost CreateSut(Action<DataverseClientOptions>? configure = null) => ClientHost.Create(configure);

    private static string Page(int first, int count, string? nextLink)
    {
        var rows = Enumerable.Range(first, count).Select(i => $$"""{"@odata.etag":"W/\"{{i}}\"","contactid":"{{Guid.NewGuid()}}","n":{{i}}}""");
        var link = nextLink is null ? string.Empty : $$""","@odata.nextLink":"{{nextLink}}" """;
        return $$"""{"@odata.context":"x","value":[{{string.Join(',', rows)}}]{{link}}}""";
    }

    [Fact]
    public async Task QueryAsync_SelectFilterOrderBy_BuildsEncodedUrlAndPrefersPageSize()
    {
        // Arrange
        using var host = CreateSut(o => o.MaxPageSize = 250);
        host.Handler.EnqueueJson(HttpStatusCode.OK, Page(0, 1, null));
        var query = new DataverseQuery("contacts")
        {
            Select = ["fullname", "emailaddress1"],
            Filter = "emailaddress1 eq 'o''neil+x@example.com'",
            OrderBy = "modifiedon desc",
        };

        // Act
        var rows = await host.Client.QueryAsync(query, CancellationToken.None).ToListAsync();

        // Assert
        Assert.Single(rows);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(
            ClientHost.ServiceRoot + "contacts?$select=fullname,emailaddress1&$filter=emailaddress1%20eq%20%27o%27%27neil%2Bx%40example.com%27&$orderby=modifiedon%20desc",
            request.Uri.AbsoluteUri);
        Assert.Equal("odata.maxpagesize=250", request.Header("Prefer"));
        Assert.Null(request.Header("MSCRM.BypassCustomPluginExecution"));
    }

    [Fact]
    public async Task QueryAsync_ManyPages_RequestsNextPageOnlyWhenEnumerationReachesIt()
    {
        // Arrange
        const string link2 = ClientHost.ServiceRoot + "contacts?$select=fullname&$skiptoken=%3Ccookie%20pagenumber=%222%22%20pagingcookie=%22%253ccookie%253e%22%20/%3E";
        const string link3 = ClientHost.ServiceRoot + "contacts?$select=fullname&$skiptoken=%3Ccookie%20pagenumber=%223%22%20/%3E";
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, Page(0, 2, link2));
        host.Handler.EnqueueJson(HttpStatusCode.OK, Page(2, 2, link3));
        host.Handler.EnqueueJson(HttpStatusCode.OK, Page(4, 1, null));
        var seen = new List<int>();

        // Act
        await using var rows = host.Client.QueryAsync(new DataverseQuery("contacts") { Select = ["fullname"] }, CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());
        seen.Add(rows.Current.GetProperty("n").GetInt32());
        var afterFirstRow = host.Handler.Requests.Count;
        Assert.True(await rows.MoveNextAsync());
        seen.Add(rows.Current.GetProperty("n").GetInt32());
        var afterSecondRow = host.Handler.Requests.Count;
        Assert.True(await rows.MoveNextAsync());
        seen.Add(rows.Current.GetProperty("n").GetInt32());
        var afterThirdRow = host.Handler.Requests.Count;
        while (await rows.MoveNextAsync())
        {
            seen.Add(rows.Current.GetProperty("n").GetInt32());
        }

        // Assert
        Assert.Equal(1, afterFirstRow);
        Assert.Equal(1, afterSecondRow);
        Assert.Equal(2, afterThirdRow);
        Assert.Equal([0, 1, 2, 3, 4], seen);
        var requests = host.Handler.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(link2, requests[1].Uri.OriginalString);
        Assert.Equal(link3, requests[2].Uri.OriginalString);
        Assert.All(requests, r => Assert.Equal("odata.maxpagesize=1000", r.Header("Prefer")));
    }

    [Fact]
    public async Task QueryAsync_NextLinkOnOtherHost_IsRefusedWithoutSendingToken()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, Page(0, 1, "https://evil.example.com/api/data/v9.2/contacts?$skiptoken=1"));

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await host.Client.QueryAsync(new DataverseQuery("contacts"), CancellationToken.None).ToListAsync());

        // Assert
        Assert.Contains("contoso.crm.dynamics.com", error.Message, StringComparison.Ordinal);
        Assert.Single(host.Handler.Requests);
    }

    [Theory]
    [InlineData("contacts;drop")]
    [InlineData("contacts/../accounts")]
    [InlineData("")]
    public void QueryAsync_MalformedEntitySet_ThrowsArgumentExceptionBeforeAnyRequest(string entitySet)
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = Assert.Throws<ArgumentException>(() => host.Client.QueryAsync(new DataverseQuery(entitySet), CancellationToken.None));

        // Assert
        Assert.Contains("entity set name", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Handler.Requests);
    }

    [Fact]
    public void QueryAsync_MalformedColumn_ThrowsArgumentExceptionNamingIt()
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = Assert.Throws<ArgumentException>(() => host.Client.QueryAsync(new DataverseQuery("contacts") { Select = ["fullname,x)"] }, CancellationToken.None));

        // Assert
        Assert.Contains("fullname,x)", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Handler.Requests);
    }
}
