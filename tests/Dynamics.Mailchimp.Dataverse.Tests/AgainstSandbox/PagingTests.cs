using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.QueryAsync"/> streams many pages one at a time (<c>Prefer: odata.maxpagesize</c>, <c>@odata.nextLink</c>).
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
/// Memory is not measured: GC.GetTotalMemory in this process also counts the in-process sandbox and the other test classes,
/// and proved too noisy (0.05–2 MB growth over a 3.5 MB result); "no read-ahead" below is the deterministic check.
/// </summary>
public sealed class PagingTests
{
    private const int BulkContacts = 12_000;
    private const int PageSize = 1000;

    private static async Task<SandboxClientHost> CreateSut()
    {
        var host = await SandboxClientHost.StartAsync(configure: o => o.MaxPageSize = PageSize);
        SandboxSeed.AddContacts(host.Sandbox.Organization, host.Sandbox.Tokens.AdminUserId, BulkContacts);
        host.Sandbox.ClearRequests();
        return host;
    }

    [Fact]
    public async Task QueryAsync_TwelveThousandContacts_ReadsEveryRowOnePageAtATimeWithoutReadAhead()
    {
        // Arrange
        await using var host = await CreateSut();
        var expected = host.Sandbox.Organization.Count(TableNames.Contact);
        var expectedPages = (expected + PageSize - 1) / PageSize;
        var query = new DataverseQuery(SandboxNames.Contacts) { Select = [SandboxNames.ContactId, SandboxNames.LastName] };
        var ids = new HashSet<Guid>();
        var pageRequestsAtPageEnd = new List<int>();

        // Act
        var rowIndex = 0;
        await foreach (var row in host.Client.QueryAsync(query, CancellationToken.None))
        {
            ids.Add(row.GetProperty(SandboxNames.ContactId).GetGuid());
            rowIndex++;
            if (rowIndex % PageSize == 0 || rowIndex == expected)
            {
                pageRequestsAtPageEnd.Add(ContactPageRequests(host));
            }
        }

        // Assert
        Assert.Equal(expected, rowIndex);
        Assert.Equal(expected, ids.Count);
        Assert.Equal(expectedPages, ContactPageRequests(host));
        Assert.Equal(expectedPages, pageRequestsAtPageEnd.Count);
        for (var k = 1; k <= pageRequestsAtPageEnd.Count; k++)
        {
            // The log records a request after its response is written, so it may lag by one; it must never lead (read-ahead).
            var seen = pageRequestsAtPageEnd[k - 1];
            Assert.True(seen <= k && seen >= k - 1, $"At the end of page {k} the sandbox had recorded {seen} page requests.");
        }

        Assert.All(host.Sandbox.Requests, r => Assert.Equal("odata.maxpagesize=" + PageSize, r.Headers["Prefer"]));
    }

    private static int ContactPageRequests(SandboxClientHost host) =>
        host.Sandbox.Requests.Count(r => r.Method == SandboxNames.Get && r.Path == SandboxNames.ContactsPath);
}
