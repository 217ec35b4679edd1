using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <summary>
/// Batch subscribe of a member who unsubscribed themselves: the caller reads each member's real status back instead of
/// trusting "updated" (field behaviour: strangerstudios/pmpro-mailchimp#151; the sandbox's error mode as the alternative).
/// </summary>
public sealed partial class MailchimpClientSandboxTests
{
    private static readonly MemberUpsert[] ResubscribeBatch =
    [
        new() { EmailAddress = "optedout@brightfield-labs.com", Status = MemberStatus.Subscribed },
        new() { EmailAddress = "newcomer@brightfield-labs.com", Status = MemberStatus.Subscribed },
    ];

    [Fact(DisplayName = "UpsertMembersAsync_SelfUnsubscribedMemberKeptUnsubscribed_ReportsUpdatedWithRealStatus (strangerstudios/pmpro-mailchimp#151)")]
    public async Task UpsertMembersAsync_SelfUnsubscribedMemberKeptUnsubscribed_ReportsUpdatedWithRealStatus()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, [ResubscribeBatch[0]], true, CancellationToken.None);
        harness.Sandbox.Controls.Unsubscribe(SandboxClientHarness.ListId, "optedout@brightfield-labs.com");

        // Act
        var result = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, ResubscribeBatch, true, CancellationToken.None);

        // Assert
        var optedOut = result.Items[0];
        Assert.Equal(MemberWriteOutcome.Updated, optedOut.Outcome);
        Assert.Equal(MemberStatus.Unsubscribed, optedOut.Status);
        Assert.Equal(MemberWriteOutcome.Created, result.Items[1].Outcome);
        Assert.Equal(MemberStatus.Subscribed, result.Items[1].Status);
    }

    [Fact(DisplayName = "UpsertMembersAsync_SelfUnsubscribedMemberWithReportErrorMode_ReportsFailureWithoutStatus (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task UpsertMembersAsync_SelfUnsubscribedMemberWithReportErrorMode_ReportsFailureWithoutStatus()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync(o => o.BatchResubscribe = BatchResubscribeBehavior.ReportError);
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, [ResubscribeBatch[0]], true, CancellationToken.None);
        harness.Sandbox.Controls.Unsubscribe(SandboxClientHarness.ListId, "optedout@brightfield-labs.com");

        // Act
        var result = await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, ResubscribeBatch, true, CancellationToken.None);

        // Assert
        var optedOut = result.Items[0];
        Assert.Equal(MemberWriteOutcome.Failed, optedOut.Outcome);
        Assert.Null(optedOut.Status);
        Assert.Contains("compliance state", optedOut.Error, StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Subscribed, result.Items[1].Status);
    }
}
