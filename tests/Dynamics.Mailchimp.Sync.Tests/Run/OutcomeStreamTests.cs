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

    private static OutcomeStream CreateSut(RecordingRecorder recorder, IReadOnlyList<QueueRow> rows, IReadOnlyList<MemberPlan> plans, IReadOnlyList<RowOutcome>? outcomes = null, OutcomeTail? tail = null) =>
        new(CycleParts.Split(rows, outcomes ?? [], plans), [], recorder, recorder.BatchOperations, new FakeTimeProvider(TestData.Now), CancellationToken.None, tail);

    /// <summary>Every committed row's member statuses were committed in an earlier write (a kill between two writes never leaves a done row without them).</summary>
    private static void AssertRowsFollowTheirStatuses(RecordingRecorder recorder, IEnumerable<(QueueRow Row, MemberPlan[] Plans)> bulk)
    {
        var members = bulk.ToDictionary(b => b.Row.Id, b => b.Plans.SelectMany(p => p.Records).ToHashSet());
        for (var i = 0; i < recorder.Committed.Count; i++)
        {
            var before = recorder.Committed.Take(i).SelectMany(w => w.Records).Select(r => r.Record).ToHashSet();
            foreach (var row in recorder.Committed[i].Rows)
            {
                Assert.True(members[row.RowId].IsSubsetOf(before), $"row {row.RowId} was committed in write {i} before all of its statuses");
            }
        }
    }

    /// <summary>Six bulk rows of 9 members, 10 operations a batch; Dataverse holds every write until the gate opens.</summary>
    private static (RecordingRecorder Recorder, TaskCompletionSource Gate, List<(QueueRow Row, MemberPlan[] Plans)> Bulk, OutcomeStream Sut) SixHeldRows(OutcomeTail? tail)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recorder = new RecordingRecorder(batchOperations: 10) { Gate = gate };
        var bulk = Enumerable.Range(1, 6).Select(i => BulkRow(i, 9, i * 100)).ToList();
        var sut = CreateSut(recorder, [.. bulk.Select(b => b.Row)], [.. bulk.SelectMany(b => b.Plans)], tail: tail);
        sut.Start();
        return (recorder, gate, bulk, sut);
    }

    /// <summary>Mailchimp answers the rows' plans, one row at a time.</summary>
    private static void Answer(OutcomeStream sut, IEnumerable<(QueueRow Row, MemberPlan[] Plans)> rows)
    {
        foreach (var (_, plans) in rows)
        {
            sut.Finished([.. plans.Select(Confirmed)]);
        }
    }

    /// <summary>Waits until <paramref name="writes"/> writes have started (a failure guard: each one does, or the test hangs).</summary>
    private static async Task<List<Settlement>> StartedAsync(RecordingRecorder recorder, int writes)
    {
        var started = new List<Settlement>();
        for (var i = 0; i < writes; i++)
        {
            started.Add(await recorder.Written.Reader.ReadAsync());
        }

        return started;
    }

    [Fact]
    public async Task Finished_StatusesFillingAWholeBatch_AreWrittenBeforeTheRestIsAnswered()
    {
        // Arrange: two bulk rows of 9 members, 9 operations a batch.
        var recorder = new RecordingRecorder(batchOperations: 9);
        var bulk = new[] { BulkRow(1, 9, 100), BulkRow(2, 9, 200) };
        var sut = CreateSut(recorder, [.. bulk.Select(b => b.Row)], [.. bulk.SelectMany(b => b.Plans)]);
        sut.Start();

        // Act: only the first row's members are answered.
        sut.Finished([.. bulk[0].Plans.Select(Confirmed)]);
        var first = await recorder.Written.Reader.ReadAsync();

        // Assert: the statuses go at once; the row waits for them to be committed.
        Assert.Empty(first.Rows);
        Assert.Equal(bulk[0].Plans.SelectMany(p => p.Records), first.Records.Select(r => r.Record));

        sut.Finished([.. bulk[1].Plans.Select(Confirmed)]);
        var (rows, results, recorded) = await sut.CompleteAsync(settleUnanswered: true);
        Assert.Equal([bulk[0].Row.Id, bulk[1].Row.Id], rows.Select(r => r.RowId));
        Assert.All(rows, r => Assert.Equal(QueueItemStates.Done, r.State));
        Assert.Equal(18, results.Count);
        Assert.Equal((2, 18), (recorded.RowsWritten, recorded.RecordsWritten));
        AssertRowsFollowTheirStatuses(recorder, bulk);
    }

    [Fact]
    public async Task CompleteAsync_AStatusWriteStillInFlight_ItsRowIsNotWrittenUntilItIsCommitted()
    {
        // Arrange: Dataverse holds every write until the test lets it through.
        var recorder = new RecordingRecorder(batchOperations: 2) { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var bulk = new[] { BulkRow(1, 2, 100) };
        var sut = CreateSut(recorder, [bulk[0].Row], bulk[0].Plans);
        sut.Start();
        sut.Finished([.. bulk[0].Plans.Select(Confirmed)]);
        var statuses = await recorder.Written.Reader.ReadAsync();

        // Act
        var complete = sut.CompleteAsync(settleUnanswered: true);

        // Assert: while the statuses are unconfirmed, nothing else is written; once they are, the row follows.
        Assert.Empty(statuses.Rows);
        Assert.False(recorder.Written.Reader.TryRead(out _));
        Assert.False(complete.IsCompleted);
        recorder.Gate.SetResult();
        var (_, _, recorded) = await complete;
        Assert.Equal((1, 2), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal(2, recorder.Committed.Count);
        Assert.Equal(bulk[0].Row.Id, Assert.Single(recorder.Committed[1].Rows).RowId);
        Assert.Empty(recorder.Committed[1].Records);
    }

    [Fact]
    public async Task CompleteAsync_AStatusWriteFails_ItsRowsStayUnwrittenAndTheOthersAreWritten()
    {
        // Arrange: the write of the second row's statuses fails.
        var recorder = new RecordingRecorder(batchOperations: 2);
        var bulk = new[] { BulkRow(1, 2, 100), BulkRow(2, 2, 200) };
        var second = bulk[1].Plans.SelectMany(p => p.Records).ToHashSet();
        recorder.Fails = write => write.Records.Any(r => second.Contains(r.Record));
        var sut = CreateSut(recorder, [.. bulk.Select(b => b.Row)], [.. bulk.SelectMany(b => b.Plans)]);
        sut.Start();
        sut.Finished([.. bulk[0].Plans.Select(Confirmed)]);
        sut.Finished([.. bulk[1].Plans.Select(Confirmed)]);

        // Act
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => sut.CompleteAsync(settleUnanswered: true));

        // Assert: the first row is written after its statuses; the second stays Pending in Dataverse (sent again next run).
        Assert.Equal("the write failed", failure.Message);
        Assert.Equal(bulk[0].Row.Id, Assert.Single(recorder.Rows).RowId);
        AssertRowsFollowTheirStatuses(recorder, bulk);
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
    public async Task Finished_ManyParts_WritesWholeBatchesAndEndsWithTheStatusesThenTheRows()
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

        // Assert: 200 operations in three writes: a whole batch of statuses as soon as they fill it, then the other
        // statuses (with the rows already covered), then the rest of the rows: one call more than recording at the end.
        Assert.Equal((25, 175), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal(3, recorder.Calls);
        Assert.Equal(100, recorder.Sizes.Max()); // the writes run on the pool: the second may reach the recorder first
        Assert.Equal(200, recorder.Sizes.Sum());
        AssertRowsFollowTheirStatuses(recorder, bulk);
    }

    [Fact]
    public async Task Finished_OnlyTheLastRoundUnanswered_WritesItsStatusesInRoundSharesThenSpreadsTheRestAndTheRows()
    {
        // Arrange: the executor has 20 plans in flight at once, Dataverse takes 9 writes at once (a round's share: at
        // least 5 operations), a spread write carries at least 5 operations.
        var (recorder, gate, bulk, sut) = SixHeldRows(new OutcomeTail(LastRoundPlans: 20, ParallelWrites: 9, MinOperations: 5));

        // Act: rows answered one at a time: after the third, 27 plans are unanswered (more than one round), after the
        // fourth 18 (the last round).
        Answer(sut, bulk);
        var started = await StartedAsync(recorder, 9);
        var noMore = recorder.Calls;
        gate.SetResult();
        var (rows, _, recorded) = await sut.CompleteAsync(settleUnanswered: true);

        // Assert: two whole writes of statuses while more than a round was unanswered; in the last round, writes of 5 as
        // soon as 5 were answered (3 after the fourth row, 2 after the fifth); the 9 left after the last answer spread over
        // two writes (the two connections the seven in flight leave); no row before its statuses were committed, and then
        // the six rows in two writes.
        Assert.Equal(9, noMore);
        Assert.All(started, write => Assert.Empty(write.Rows));
        Assert.Equal([4, 5, 5, 5, 5, 5, 5, 10, 10], started.Select(w => w.Records.Count).Order());
        Assert.Equal(6, rows.Count);
        Assert.Equal((6, 54), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal([3, 3, 4, 5, 5, 5, 5, 5, 5, 10, 10], recorder.Sizes.Order());
        AssertRowsFollowTheirStatuses(recorder, bulk);
    }

    [Fact]
    public async Task Finished_LastAnswerWhileTheRoundsWritesHoldEveryConnection_WritesTheRestInOne()
    {
        // Arrange: as above, but Dataverse takes 4 writes at once: when the last answer comes, the seven writes still in
        // flight hold every connection, so a second write for the rest would only wait for one of them.
        var (recorder, gate, bulk, sut) = SixHeldRows(new OutcomeTail(LastRoundPlans: 20, ParallelWrites: 4, MinOperations: 5));

        // Act
        Answer(sut, bulk);
        var started = await StartedAsync(recorder, 8);
        var noMore = recorder.Calls;
        gate.SetResult();
        var (_, _, recorded) = await sut.CompleteAsync(settleUnanswered: true);

        // Assert: the 9 left after the last answer in one write; then, with every connection free, the rows in two.
        Assert.Equal(8, noMore);
        Assert.Equal([5, 5, 5, 5, 5, 9, 10, 10], started.Select(w => w.Records.Count).Order());
        Assert.Equal((6, 54), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal([3, 3, 5, 5, 5, 5, 5, 9, 10, 10], recorder.Sizes.Order());
        AssertRowsFollowTheirStatuses(recorder, bulk);
    }

    [Fact]
    public async Task Spread_BeforeTheLastRound_WritesLikeAStreamThatHadItsTailFromTheStart()
    {
        // Arrange: the rows of the tests above, but no tail until three rows are answered (27 plans unanswered, more than
        // one round), as when the run's last cycle starts beside this one.
        var (recorder, gate, bulk, sut) = SixHeldRows(tail: null);
        Answer(sut, bulk.Take(3));

        // Act
        sut.Spread(new OutcomeTail(LastRoundPlans: 20, ParallelWrites: 9, MinOperations: 5));
        Answer(sut, bulk.Skip(3));
        await StartedAsync(recorder, 9);
        gate.SetResult();
        var (_, _, recorded) = await sut.CompleteAsync(settleUnanswered: true);

        // Assert: the same writes as the first of these tests, whose stream had the tail from the start (without one: the
        // statuses in whole writes of 10 and the rest in one, then the rows in one).
        Assert.Equal((6, 54), (recorded.RowsWritten, recorded.RecordsWritten));
        Assert.Equal([3, 3, 4, 5, 5, 5, 5, 5, 5, 10, 10], recorder.Sizes.Order());
        AssertRowsFollowTheirStatuses(recorder, bulk);
    }

    [Fact]
    public async Task Finished_MoreThanOneRoundUnanswered_WritesWholeBatchesAtOnce()
    {
        // Arrange: two rows of 9 members, 9 operations a batch; the executor has 5 plans in flight at once.
        var recorder = new RecordingRecorder(batchOperations: 9);
        var (row1, plans1) = BulkRow(1, 9, 100);
        var (row2, plans2) = BulkRow(2, 9, 200);
        var sut = CreateSut(recorder, [row1, row2], [.. plans1, .. plans2], tail: new OutcomeTail(LastRoundPlans: 5, ParallelWrites: 4));
        sut.Start();

        // Act: the first row is answered while 9 plans (more than a round) are still unanswered.
        sut.Finished([.. plans1.Select(Confirmed)]);
        var first = await recorder.Written.Reader.ReadAsync();

        // Assert
        Assert.Equal(9, first.Records.Count);
        sut.Finished([.. plans2.Select(Confirmed)]);
        var (_, _, recorded) = await sut.CompleteAsync(settleUnanswered: true);
        Assert.Equal((2, 18), (recorded.RowsWritten, recorded.RecordsWritten));
    }
}
