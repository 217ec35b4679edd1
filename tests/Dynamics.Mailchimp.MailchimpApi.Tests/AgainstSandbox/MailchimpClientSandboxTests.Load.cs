using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <content>Paging, fault storms, the connection cap and bulk tags against the sandbox.</content>
public sealed partial class MailchimpClientSandboxTests
{
    [Fact(DisplayName = "GetMembersAsync_5000Members_FivePagesOf1000 (mailchimp.com/developer/marketing/docs/methods-parameters/#pagination)")]
    public async Task GetMembersAsync_5000Members_FivePagesOf1000()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(5000), true, CancellationToken.None);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pagesFetchedAt = new List<int>();
        int PagesFetched() => harness.Sandbox.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/members", StringComparison.Ordinal));

        // Act
        await foreach (var member in harness.Client.GetMembersAsync(
            SandboxClientHarness.ListId,
            new MemberQuery { Fields = ["email_address", "status", "last_changed"] },
            CancellationToken.None))
        {
            if (seen.Count % 1000 == 999)
            {
                pagesFetchedAt.Add(PagesFetched());
            }

            seen.Add(member.EmailAddress);
        }

        // Assert: flat memory — when the last member of page n is read, at most n pages have been fetched (no read-ahead,
        // no accumulation). The log records a request once its response is written, so it may lag by one, never lead.
        Assert.Equal(5000, seen.Count);
        Assert.Equal(5, pagesFetchedAt.Count);
        Assert.All(pagesFetchedAt.Select((fetched, page) => (fetched, page)), p => Assert.InRange(p.fetched, p.page, p.page + 1));
        var pages = harness.Sandbox.Requests.Where(request => request.Method == "GET" && request.Path.EndsWith("/members", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, pages.Count);
        Assert.All(pages, page => Assert.Contains("count=1000", page.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpsertMembersAsync_429And403Storm_SurvivedWithNothingLost()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        harness.Sandbox.Controls.InjectFault(new FaultRule(BatchPath, 429, 3, RetryAfter: 0));
        harness.Sandbox.Controls.InjectFault(new FaultRule(BatchPath, 403, 2));

        // Act
        var result = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(1200), true, CancellationToken.None);
        var stored = await harness.Client.GetMembersAsync(SandboxClientHarness.ListId, new MemberQuery { Fields = ["email_address"] }, CancellationToken.None)
            .CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(1200, result.Created);
        Assert.Equal(1200, stored);
        var batchCalls = harness.Sandbox.Requests.Where(request => request.Path == BatchPath).ToList();
        Assert.Equal(3, batchCalls.Count(request => request.StatusCode == 429));
        Assert.Equal(2, batchCalls.Count(request => request.StatusCode == 403));
        Assert.Equal(3, batchCalls.Count(request => request.StatusCode == 200));
    }

    [Fact(DisplayName = "PingAsync_50ParallelCallers_TenHeldAtTheSandboxAndFortyQueuedInTheClient (10 simultaneous connections: mailchimp.com/developer/marketing/docs/fundamentals/)")]
    public async Task PingAsync_50ParallelCallers_TenHeldAtTheSandboxAndFortyQueuedInTheClient()
    {
        // Arrange
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var harness = await SandboxClientHarness.StartAsync(configureClient: client => client.MaxRetryAttempts = 0);
        harness.Sandbox.Controls.HoldRequests();

        // Act
        var calls = Enumerable.Range(0, 50).Select(_ => Task.Run(() => harness.Client.PingAsync(CancellationToken.None))).ToList();
        await harness.Sandbox.Controls.WaitForHeldRequestsAsync(10, hangGuard.Token);
        await Fakes.ConnectionCapProbe.WaitUntilAsync(() => harness.QueuedCalls(10) == 40, hangGuard.Token);
        var refusedWhileHeld = harness.Sandbox.Requests.Count(request => request.StatusCode == 429);
        harness.Sandbox.Controls.ReleaseRequests();
        var answers = await Task.WhenAll(calls);

        // Assert
        Assert.Equal(0, refusedWhileHeld);
        Assert.Equal(50, answers.Length);
        Assert.DoesNotContain(harness.Sandbox.Requests, request => request.StatusCode == 429);
        Assert.Equal(50, harness.Sandbox.Requests.Count(request => request.Path == "/3.0/ping" && request.StatusCode == 200));
    }

    [Fact]
    public async Task UpdateTagMembersAsync_NewTag_CreatedAndAppliedThroughStaticSegment()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(600), true, CancellationToken.None);
        var adds = Enumerable.Range(0, 600).Select(i => $"person{i}@brightfield-labs.com").ToList();

        // Act
        var result = await harness.Client.UpdateTagMembersAsync(SandboxClientHarness.ListId, "Dynamics VIP", adds, [], CancellationToken.None);
        var tag = await harness.Client.FindTagAsync(SandboxClientHarness.ListId, "dynamics vip", CancellationToken.None);

        // Assert
        Assert.True(result.Created);
        Assert.Equal(2, result.CallCount);
        Assert.Equal(600, result.Items.Count(item => item.Outcome == TagMemberOutcome.Added));
        Assert.NotNull(tag);
        Assert.Equal(600, tag.MemberCount);
    }
}
