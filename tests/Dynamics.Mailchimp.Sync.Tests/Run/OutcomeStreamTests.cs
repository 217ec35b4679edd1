using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>Recording a cycle's answered parts while the rest is still being sent.</summary>
public sealed class OutcomeStreamTests
{
    /// <summary>A bulk row of <paramref name="members"/> contacts, one plan each, all settled by the same row.</summary>
    private static (QueueRow Row, MemberPlan[] Plans) BulkRow(int row, int members, int firstContact)
    {
        var queueRow = TestData.MemberChanged(row, TestData.Contact(firstContact), $"m{firstContact}@contoso.com");
        var plans = Enumerable.Range(firstContact, members).Select(n => new MemberPlan
        {
            AudienceId = TestData.Audience,
            Email = $"m{n}@contoso.com",
            RowIds = [queueRow.Id],
            Records = [TestData.Contact(n)],
            Upsert = new UpsertPlan { Email = $"m{n}@contoso.com", StatusIfNew = MemberStatus.Subscribed },
        }).ToArray();
        return (queueRow, plans);
    }

    private static PlanResult Confirmed(MemberPlan plan) => new(plan, PlanResultKind.Confirmed, MemberStatus.Subscribed, SubscriberHash.Compute(plan.Email!), null);

    private static OutcomeStream CreateSut(RecordingRecorder recorder, IReadOnlyList<QueueRow> rows, IReadOnlyList<MemberPlan> plans, IReadOnlyList<RowOutcome>? outcomes = null) =>
        new(CycleParts.Split(rows, outcomes ?? [], plans), [], recorder, recorder.BatchOperations, new FakeTimeProvider(TestData.Now), CancellationToken.None);

    [Fact]
    public async Task Finished_APartFillingWholeBatches_IsWrittenBeforeTheRestIsAnswered()
    {
        // Arrange: two bulk rows of 9 members: row + 9 statuses = 10 operations, one whole batch each.
        var recorder = new RecordingRecorder(batchOperations: 10);
        var (row1, plans1) = BulkRow(1, 9, 100);
        var (row2, plans2) = BulkRow(2, 9, 200);
        var sut = CreateSut(recorder, [row1, row2], [.. plans1, .. plans2]);
        sut.Start();

        // Act: only the first row's members are answered.
        sut.Finished([.. plans1.Select(Confirmed)]);
        var first = await recorder.Written.Reader.ReadAsync();

        // Assert
        Assert.Equal(row1.Id, Assert.Single(first.Rows).RowId);
        Assert.Equal(9, first.Records.Count);
        Assert.False(recorder.Written.Reader.TryRead(out _));

        sut.Finished([.. plans2.Select(Confirmed)]);
        var (rows, results, recorded) = await sut.CompleteAsync(settleUnanswered: true);
        Assert.Equal([row1.Id, row2.Id], rows.Select(r => r.RowId));
        Assert.All(rows, r => Assert.Equal(QueueItemStates.Done, r.State));
        Assert.Equal(18, results.Count);
        Assert.Equal((2, 18), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal(2, recorder.Calls);
    }

    [Fact]
    public async Task CompleteAsync_SendingFailed_WritesWhatWasAnsweredAndLeavesTheRestUntouched()
    {
        // Arrange
        var recorder = new RecordingRecorder(batchOperations: 1000);
        var (row1, plans1) = BulkRow(1, 3, 100);
        var (row2, plans2) = BulkRow(2, 3, 200);
        var sut = CreateSut(recorder, [row1, row2], [.. plans1, .. plans2]);
        sut.Start();
        sut.Finished([.. plans1.Select(Confirmed), Confirmed(plans2[0])]);

        // Act
        var (rows, _, recorded) = await sut.CompleteAsync(settleUnanswered: false);

        // Assert: row 2 waits for two answers: it is not written at all, so it stays Pending as it was.
        Assert.Equal(row1.Id, Assert.Single(rows).RowId);
        Assert.DoesNotContain(recorder.Rows, r => r.RowId == row2.Id);
        Assert.Equal((1, 3), (recorded.RowsWritten, recorded.RecordsWritten));
    }

    [Fact]
    public async Task CompleteAsync_SentPlanWithoutAnAnswer_KeepsItsRowPendingAndSaysWhy()
    {
        // Arrange
        var recorder = new RecordingRecorder(batchOperations: 1000);
        var (row, plans) = BulkRow(1, 2, 100);
        var sut = CreateSut(recorder, [row], plans);
        sut.Start();
        sut.Finished([Confirmed(plans[0])]);

        // Act
        var (rows, _, _) = await sut.CompleteAsync(settleUnanswered: true);

        // Assert
        var settled = Assert.Single(rows);
        Assert.Equal(QueueItemStates.Pending, settled.State);
        Assert.Contains("the run stopped before Mailchimp's answer was read", settled.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PartsThatSendNothing_AreSettledWithoutWaitingForMailchimp()
    {
        // Arrange: a skipped plan and a superseded row; nothing will ever be answered.
        var recorder = new RecordingRecorder(batchOperations: 2);
        var (row1, plans1) = BulkRow(1, 1, 100);
        var skipped = plans1[0] with { Skip = new SkipReason(SkipCode.NoEmail, "contact 100 has no email address") };
        var row2 = TestData.MemberChanged(2, TestData.Contact(2), "b@contoso.com");
        var superseded = new RowOutcome(row2.Id, RowOutcomeKind.Superseded, new SkipReason(SkipCode.Superseded, "a later row replaces it"));
        var sut = CreateSut(recorder, [row1, row2], [skipped], [superseded]);

        // Act
        sut.Start();
        var written = await recorder.Written.Reader.ReadAsync();

        // Assert
        Assert.Equal([QueueItemStates.Skipped, QueueItemStates.Superseded], written.Rows.Select(r => r.State));
    }

    [Fact]
    public async Task Finished_ManyParts_EveryWriteButTheLastCarriesWholeBatches()
    {
        // Arrange: 25 rows of 7 members (8 operations each), answered one row at a time; 100 operations a batch.
        var recorder = new RecordingRecorder(batchOperations: 100);
        var bulk = Enumerable.Range(1, 25).Select(i => BulkRow(i, 7, i * 10)).ToList();
        var sut = CreateSut(recorder, [.. bulk.Select(b => b.Row)], [.. bulk.SelectMany(b => b.Plans)]);
        sut.Start();

        // Act
        foreach (var (_, plans) in bulk)
        {
            sut.Finished([.. plans.Select(Confirmed)]);
        }

        var (_, _, recorded) = await sut.CompleteAsync(settleUnanswered: true);

        // Assert: 200 operations → two writes of 100: no call more than recording at the end would cost.
        Assert.Equal((25, 175), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal([100, 100], recorder.Sizes.Order());
    }
}
