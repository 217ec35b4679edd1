using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// The client survives a 429 storm (service protection "number of requests" limit) by waiting for <c>Retry-After</c>, and loses or duplicates nothing.
/// The sandbox and the client share a fake clock (<see cref="SharedClock"/>), so the burst lands in one window on any machine.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
/// </summary>
public sealed partial class ThrottlingTests
{
    private const int Creates = 30;

    private const int WindowSeconds = 60;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(WindowSeconds);

    private static Task<SandboxClientHost> CreateSut(FakeTimeProvider clock) => SandboxClientHost.StartAsync(
        new DataverseSandboxOptions { ConnectorRoles = [ClientTestRoles.AllTables], RequestsPerWindow = 10, WindowSeconds = WindowSeconds, Clock = clock },
        o =>
        {
            o.MaxRetryAttempts = 20;
            o.MaxConcurrentRequests = 8;
        },
        clock);

    [Fact]
    public async Task CreateAsync_ThirtyConcurrentCreatesOverTheRequestLimit_AllLandOnceAfterHonouringRetryAfter()
    {
        // Arrange
        var clock = SharedClock.Create();
        await using var host = await CreateSut(clock);
        var prefix = "Storm-" + Guid.NewGuid().ToString("N")[..8];
        var before = host.Sandbox.Organization.Count(TableNames.Contact);

        // Act
        var results = await SharedClock.RunAsync(clock, host.Sandbox, Window, Task.WhenAll(Enumerable.Range(1, Creates).Select(i => host.Client.CreateAsync(
            SandboxNames.Contacts,
            new JsonObject { [SandboxNames.LastName] = $"{prefix}-{i:D2}" },
            CancellationToken.None))));

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
        // The log is in completion order, so an admitted request may finish after a refused one, and a refusal from a
        // later window may be logged before the first one: count by the arrival clock, from the earliest refusal.
        var firstWindowEnds = posts.Where(r => r.StatusCode == 429).Min(r => r.Timestamp) + Window;
        Assert.Equal(10, posts.Count(r => r.StatusCode == 204 && r.Timestamp < firstWindowEnds));
        Assert.Contains(posts, r => r.StatusCode == 429);
        Assert.Equal(Creates, posts.Count(r => r.StatusCode == 204));
        AssertRetriesWaitedForTheWindow(posts);
    }

    // No request succeeds at the instant of a 429: every retry came after the clock moved past Retry-After.
    private static void AssertRetriesWaitedForTheWindow(IReadOnlyList<Dynamics.Mailchimp.Sandbox.Hosting.Recording.RecordedRequest> requests)
    {
        var firstThrottle = requests.Where(r => r.StatusCode == 429).Min(r => r.Timestamp);
        Assert.All(requests.Where(r => r.StatusCode != 429 && r.Timestamp > requests[0].Timestamp), r => Assert.True(r.Timestamp >= firstThrottle + Window));
    }

    private static Task<SandboxClientHost> StartAsync(DataverseSandboxOptions options, TimeProvider? clientTime = null, int maxBatchOperations = 100) => SandboxClientHost.StartAsync(
        options,
        o =>
        {
            o.MaxRetryAttempts = 20;
            o.MaxBatchOperations = maxBatchOperations;
        },
        clientTime);

    private static int CountByPrefix(SandboxClientHost host, string prefix) => host.Sandbox.Organization.Rows(TableNames.Contact)
        .Count(c => c.GetAttributeValue<string>(SandboxNames.LastName)?.StartsWith(prefix, StringComparison.Ordinal) == true);
}
