using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// The client survives a 429 storm (service protection "number of requests" limit) by waiting for <c>Retry-After</c>, and loses or duplicates nothing.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// </summary>
public sealed partial class ThrottlingTests
{
    private const int Creates = 30;

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync(
        new DataverseSandboxOptions { RequestsPerWindow = 10, WindowSeconds = 1, RetryAfterSeconds = 1 },
        o =>
        {
            o.MaxRetryAttempts = 20;
            o.MaxConcurrentRequests = 8;
        });

    [Fact]
    public async Task CreateAsync_ThirtyConcurrentCreatesOverTheRequestLimit_AllLandOnceAfterHonouringRetryAfter()
    {
        // Arrange
        await using var host = await CreateSut();
        var prefix = "Storm-" + Guid.NewGuid().ToString("N")[..8];
        var before = host.Sandbox.Organization.Count(TableNames.Contact);

        // Act
        var results = await Task.WhenAll(Enumerable.Range(1, Creates).Select(i => host.Client.CreateAsync(
            SandboxNames.Contacts,
            new JsonObject { [SandboxNames.LastName] = $"{prefix}-{i:D2}" },
            CancellationToken.None)));

        // Assert
        Assert.All(results, r => Assert.Equal(WriteOutcome.Succeeded, r.Outcome));
        Assert.Equal(Creates, results.Select(r => r.EntityId).Distinct().Count());
        Assert.Equal(before + Creates, host.Sandbox.Organization.Count(TableNames.Contact));
        var stormRows = host.Sandbox.Organization.Rows(TableNames.Contact)
            .Select(c => c.GetAttributeValue<string>(SandboxNames.LastName))
            .Where(n => n is not null && n.StartsWith(prefix, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(Creates, stormRows.Distinct(StringComparer.Ordinal).Count());
        var posts = host.Sandbox.Requests.Where(r => r.Method == SandboxNames.Post && r.Path == SandboxNames.ContactsPath).ToList();
        Assert.Contains(posts, r => r.StatusCode == 429);
        Assert.Equal(Creates, posts.Count(r => r.StatusCode == 204));
    }

    private static Task<SandboxClientHost> StartAsync(DataverseSandboxOptions options, int maxBatchOperations = 100) => SandboxClientHost.StartAsync(
        options,
        o =>
        {
            o.MaxRetryAttempts = 20;
            o.MaxBatchOperations = maxBatchOperations;
        });

    private static int CountByPrefix(SandboxClientHost host, string prefix) => host.Sandbox.Organization.Rows(TableNames.Contact)
        .Count(c => c.GetAttributeValue<string>(SandboxNames.LastName)?.StartsWith(prefix, StringComparison.Ordinal) == true);
}
