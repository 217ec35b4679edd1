using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Record;

/// <summary>Settle: one row result per row, and statuses for the records of confirmed plans (docs/sync-engine.md, "Record").</summary>
public sealed class RowSettlementTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly RecordRef Grace = TestData.Contact(2);

    private static QueueRow Row(int n, int attempts = 0) => TestData.MemberChanged(n, Ada, "ada@contoso.com") with { Attempts = attempts };

    private static MemberPlan Upsert(string email, params int[] rows) => new()
    {
        AudienceId = TestData.Audience,
        Email = email,
        RowIds = rows.Select(TestData.RowId).ToList(),
        Records = [Ada],
        Upsert = new UpsertPlan { Email = email, StatusIfNew = MemberStatus.Subscribed },
    };

    private static PlanResult Confirmed(MemberPlan plan, MemberStatus status = MemberStatus.Subscribed) =>
        new(plan, PlanResultKind.Confirmed, status, SubscriberHash.Compute(plan.Email!), null);

    private static Settlement CreateSutAndSettle(
        IReadOnlyList<QueueRow> rows, IReadOnlyList<MemberPlan> plans, IReadOnlyList<PlanResult> results, IReadOnlyList<RowOutcome>? outcomes = null) =>
        RowSettlement.Settle(rows, outcomes ?? [], plans, results, TestData.Now);

    [Fact]
    public void Settle_EveryPlanConfirmed_DoneWithMailchimpsStatus()
    {
        // Arrange
        var a = Upsert("ada@contoso.com", 1);
        var b = Upsert("ada.l@contoso.com", 1);

        // Act
        var settled = CreateSutAndSettle([Row(1)], [a, b], [Confirmed(a), Confirmed(b, MemberStatus.Unsubscribed)]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Done, row.State);
        Assert.Contains("ada@contoso.com in audience aud00001: subscribed", row.Outcome, StringComparison.Ordinal);
        Assert.Contains("ada.l@contoso.com in audience aud00001: unsubscribed", row.Outcome, StringComparison.Ordinal);
        Assert.Null(row.Error);
    }

    [Fact]
    public void Settle_OnePlanFailed_RowFailedWithTheMembersErrorAndItsAttempts()
    {
        // Arrange
        var a = Upsert("ada@contoso.com", 1);
        var b = Upsert("ada.l@contoso.com", 1);
        var failed = new PlanResult(b, PlanResultKind.Failed, null, null, "ada.l@contoso.com: Invalid Resource: merge field FNAME is required");

        // Act
        var settled = CreateSutAndSettle([Row(1, attempts: 2)], [a, b], [Confirmed(a), failed]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Failed, row.State);
        Assert.Equal("ada.l@contoso.com: Invalid Resource: merge field FNAME is required", row.Error);
        Assert.Equal(2, row.Attempts);
    }

    [Fact]
    public void Settle_HeldPlan_RowStaysPendingWithTheRailsReason()
    {
        // Arrange
        var held = Upsert("ada@contoso.com", 1) with { Held = new SkipReason(SkipCode.MassRemovalHeld, "60 of 1,000 members of aud00001 would leave") };

        // Act
        var settled = CreateSutAndSettle([Row(1)], [held], []);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Pending, row.State);
        Assert.StartsWith("MassRemovalHeld:", row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_SentButUnreported_RowStaysPendingNotFailed()
    {
        // Arrange: the run stopped before Execute reported this plan.
        var a = Upsert("ada@contoso.com", 1);

        // Act
        var settled = CreateSutAndSettle([Row(1)], [a], []);

        // Assert
        Assert.Equal(QueueItemStates.Pending, Assert.Single(settled.Rows).State);
        Assert.Empty(settled.Records);
    }

    [Fact]
    public void Settle_EveryPlanSkipped_SkippedWithTheReason()
    {
        // Arrange
        var skipped = Upsert("ada@contoso.com", 1) with { Skip = new SkipReason(SkipCode.NeverResubscribe, "contact … (ada@contoso.com) is unsubscribed in Mailchimp") };

        // Act
        var settled = CreateSutAndSettle([Row(1)], [skipped], []);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Skipped, row.State);
        Assert.StartsWith("NeverResubscribe: contact", row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_Refused_SkippedFinalWithMailchimpsReasonAndTheStatusRecorded()
    {
        // Arrange: a refusal is final and changed nothing in Mailchimp: Skipped (never retried), not Done.
        var a = Upsert("ada@contoso.com", 1);
        var refused = new PlanResult(a, PlanResultKind.Refused, MemberStatus.Unsubscribed, SubscriberHash.Compute("ada@contoso.com"), "ada@contoso.com is in a compliance state");

        // Act
        var settled = CreateSutAndSettle([Row(1)], [a], [refused]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Skipped, row.State);
        Assert.Equal("Refused by Mailchimp: ada@contoso.com is in a compliance state", row.Outcome);
        Assert.Equal(MemberStatus.Unsubscribed, Assert.Single(settled.Records).Status);
    }

    [Fact]
    public void Settle_ConfirmedAndRefused_DoneNamingTheRefusal()
    {
        // Arrange
        var a = Upsert("ada@contoso.com", 1);
        var b = Upsert("ada.l@contoso.com", 1);

        // Act
        var settled = CreateSutAndSettle([Row(1)], [a, b], [Confirmed(a), new PlanResult(b, PlanResultKind.Refused, null, null, "ada.l@contoso.com was forgotten")]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Done, row.State);
        Assert.Contains("Refused by Mailchimp: ada.l@contoso.com was forgotten", row.Outcome, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RowOutcomeKind.Skipped, QueueItemStates.Skipped)]
    [InlineData(RowOutcomeKind.Superseded, QueueItemStates.Superseded)]
    public void Settle_EarlierOutcomeAndNoPlan_ThatStateWithTheReason(RowOutcomeKind kind, int state)
    {
        // Arrange
        var outcome = new RowOutcome(TestData.RowId(1), kind, new SkipReason(SkipCode.Superseded, "a later row of contact … replaces it"));

        // Act
        var settled = CreateSutAndSettle([Row(1)], [], [], [outcome]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(state, row.State);
        Assert.Equal(outcome.Reason.ToString(), row.Outcome);
    }

    [Fact]
    public void Settle_FailedOutcomeFromClaim_FailedEvenForARowNotRead()
    {
        // Arrange: Claim's unreadable row is not in the rows read.
        var outcome = new RowOutcome(TestData.RowId(9), RowOutcomeKind.Failed, new SkipReason(SkipCode.UnreadableRow, "queue row … cannot be read"));

        // Act
        var settled = CreateSutAndSettle([Row(1)], [], [], [outcome]);

        // Assert
        Assert.Equal([TestData.RowId(1), TestData.RowId(9)], settled.Rows.Select(r => r.RowId));
        var failed = settled.Rows[1];
        Assert.Equal(QueueItemStates.Failed, failed.State);
        Assert.Equal("UnreadableRow: queue row … cannot be read", failed.Error);
    }

    [Fact]
    public void Settle_FailedOutcomeAndConfirmedPlan_FailedOutranks()
    {
        // Arrange
        var a = Upsert("ada@contoso.com", 1);
        var outcome = new RowOutcome(TestData.RowId(1), RowOutcomeKind.Failed, new SkipReason(SkipCode.ListMisconfigured, "list … has no audience"));

        // Act
        var settled = CreateSutAndSettle([Row(1)], [a], [Confirmed(a)], [outcome]);

        // Assert
        Assert.Equal(QueueItemStates.Failed, Assert.Single(settled.Rows).State);
    }

    [Fact]
    public void Settle_RowFeedingNothing_DoneNothingToSend()
    {
        // Act
        var settled = CreateSutAndSettle([Row(1)], [], []);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Done, row.State);
        Assert.StartsWith("Nothing to send", row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_OnePlanFeedsTwoRows_BothSettledByIt()
    {
        // Arrange
        var a = Upsert("ada@contoso.com", 1, 2);

        // Act
        var settled = CreateSutAndSettle([Row(1), Row(2)], [a], [Confirmed(a)]);

        // Assert
        Assert.All(settled.Rows, r => Assert.Equal(QueueItemStates.Done, r.State));
    }

    [Fact]
    public void Settle_ConfirmedPlans_StatusForEveryRecordWithTheHashOfThePlansEmail()
    {
        // Arrange: two records share one address; a failed plan's record gets nothing.
        var shared = Upsert("Ada@Contoso.com", 1) with { Records = [Ada, Grace] };
        var other = Upsert("lead@contoso.com", 2) with { Records = [TestData.Lead(3)] };

        // Act
        var settled = CreateSutAndSettle(
            [Row(1), Row(2)], [shared, other], [Confirmed(shared, MemberStatus.Pending), new PlanResult(other, PlanResultKind.Failed, null, null, "boom")]);

        // Assert
        Assert.Equal([Ada, Grace], settled.Records.Select(r => r.Record));
        Assert.All(settled.Records, r =>
        {
            Assert.Equal(SubscriberHash.Compute("ada@contoso.com"), r.MemberId);
            Assert.Equal(MemberStatus.Pending, r.Status);
            Assert.Equal(TestData.Now, r.ChangedOn);
        });
    }

    [Fact]
    public void Settle_ManyPlans_OutcomeListsFiveAndCountsTheRest()
    {
        // Arrange
        var plans = Enumerable.Range(1, 8).Select(i => Upsert($"m{i}@contoso.com", 1)).ToList();

        // Act
        var settled = CreateSutAndSettle([Row(1)], plans, plans.Select(p => Confirmed(p)).ToList());

        // Assert
        Assert.EndsWith("; and 3 more", Assert.Single(settled.Rows).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Settle_PermanentlyDeletedAddress_RowSkippedAndRecordsStoreDeleted()
    {
        // Arrange: batch subscribe's error text for a delete-permanent'ed address, ibericode/mailchimp-for-wordpress#673 (reference [M41]).
        var plan = Upsert("ada@contoso.com", 1);
        var refused = new PlanResult(
            plan,
            PlanResultKind.Refused,
            null,
            null,
            "Mailchimp refused ada@contoso.com in audience aud00001: ada@contoso.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.");

        // Act
        var settled = CreateSutAndSettle([Row(1)], [plan], [refused]);

        // Assert
        var row = Assert.Single(settled.Rows);
        Assert.Equal(QueueItemStates.Skipped, row.State);
        Assert.Contains("now store the status Deleted", row.Outcome, StringComparison.Ordinal);
        var record = Assert.Single(settled.Records);
        Assert.True(record.Deleted);
        Assert.Equal(MailchimpStatusOptions.Deleted, record.OptionValue());
    }
}
