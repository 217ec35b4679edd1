using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <summary>End-to-end: the real client, pipeline and handlers over loopback HTTP against the Mailchimp sandbox.</summary>
public sealed partial class MailchimpClientSandboxTests
{
    private static readonly string BatchPath = "/3.0/lists/" + SandboxClientHarness.ListId;

    private static List<MemberUpsert> Members(int count, string prefix = "person") =>
        [.. Enumerable.Range(0, count).Select(i => new MemberUpsert
        {
            EmailAddress = $"{prefix}{i}@brightfield-labs.com",
            MergeFields = new Dictionary<string, object?> { ["FNAME"] = $"First{i}" },
        })];

    [Fact(DisplayName = "UpsertMembersAsync_1200Members_ThreeBatchCallsAndAllStored (mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task UpsertMembersAsync_1200Members_ThreeBatchCallsAndAllStored()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();

        // Act
        var result = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(1200), true, CancellationToken.None);
        var stored = await harness.Client.GetMembersAsync(SandboxClientHarness.ListId, new MemberQuery { Fields = ["email_address"] }, CancellationToken.None)
            .CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(3, harness.Sandbox.Requests.Count(request => request.Method == "POST" && request.Path == BatchPath));
        Assert.Equal(1200, result.Created);
        Assert.Equal(1200, stored);
        string[] secrets = [harness.Sandbox.ApiKey.Split('-')[0], Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("anystring:" + harness.Sandbox.ApiKey))];
        Assert.All(harness.Sandbox.Requests, request => Assert.All(secrets, secret =>
            Assert.DoesNotContain(secret, string.Join(';', request.Headers.Values) + request.Query + request.Body, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task UpsertMembersAsync_InvalidAddresses_ReportedPerMemberAndRestApplied()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        List<MemberUpsert> members =
        [
            new() { EmailAddress = "good1@brightfield-labs.com" },
            new() { EmailAddress = "test@brightfield-labs.com" },
            new() { EmailAddress = "not-an-address" },
            new() { EmailAddress = "good2@brightfield-labs.com" },
        ];

        // Act
        var result = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, members, true, CancellationToken.None);
        var good = await harness.Client.GetMemberAsync(SandboxClientHarness.ListId, "good2@brightfield-labs.com", CancellationToken.None);
        var fake = await harness.Client.GetMemberAsync(SandboxClientHarness.ListId, "test@brightfield-labs.com", CancellationToken.None);

        // Assert
        Assert.Equal(
            [MemberWriteOutcome.Created, MemberWriteOutcome.Failed, MemberWriteOutcome.Failed, MemberWriteOutcome.Created],
            result.Items.Select(item => item.Outcome));
        Assert.All(result.Failures, failure => Assert.False(string.IsNullOrWhiteSpace(failure.Error)));
        Assert.Equal(1, harness.Sandbox.Requests.Count(request => request.Path == BatchPath));
        Assert.NotNull(good);
        Assert.Null(fake);
    }

    [Fact]
    public async Task UpsertMembersAsync_Rerun_ReportsUpdated()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(3), true, CancellationToken.None);

        // Act
        var again = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(3), true, CancellationToken.None);

        // Assert
        Assert.Equal(3, again.Updated);
    }
}
