using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Tests.Run.Fakes;
using Dynamics.Mailchimp.Sync.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Dynamics.Mailchimp.Sync.Tests.Support.TestData;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>The run loop over the step contracts, with in-memory fakes: the order of the steps, cycles, the lease and stops.</summary>
public sealed class PushRunnerTests
{
    private readonly FakeLeases _leases = new();
    private readonly FakeQueueStore _queue = new();
    private readonly FakeDataverse _dataverse = new();
    private readonly FakeMailchimp _mailchimp = new();
    private readonly ListMapping _list = AudienceList(1);

    [Fact]
    public async Task Run_ContactsJoinAnAudienceList_EachIsUpsertedItsRowDoneAndTheLeaseReleased()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal(3, _mailchimp.Sent.Count);
        Assert.All(_mailchimp.Sent, plan => Assert.NotNull(plan.Upsert));
        Assert.Equal(3, summary.Members[MemberCounts.Upserted]);
        Assert.Equal(3, summary.Rows[RowCounts.Done]);
        Assert.All(_queue.Settled.Values, row => Assert.Equal(QueueItemStates.Done, row.State));
        Assert.Equal(3, _queue.Statuses.Count);
        Assert.True(_leases.Granted!.Released);
        Assert.False(summary.Stopped);
    }

    [Fact]
    public async Task Run_LeaseHeldByAnotherInstance_TouchesNothingAndNamesTheHolder()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);
        _leases.HeldBy = new LeaseHolder("other-host/42/run", Now.AddMinutes(1));

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal("other-host/42/run", summary.LeaseHeldBy?.Owner);
        Assert.Equal(0, _queue.Reads);
        Assert.Empty(_mailchimp.Sent);
        Assert.Empty(_queue.Settled);
    }

    [Fact]
    public async Task Run_FreeLease_TheFirstQueueReadStartsBesideTheWriteThatTakesItAndIsTheOnlyOne()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);
        var readsDuringTheWrite = -1;
        _leases.DuringTheWrite = () => readsDuringTheWrite = _queue.Reads;

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert: read while the lease was being taken, and not again after it.
        Assert.Equal(1, readsDuringTheWrite);
        Assert.Equal(1, _queue.Reads);
        Assert.Equal(3, summary.Rows[RowCounts.Done]);
    }

    [Fact]
    public async Task Run_LeaseTakenByAnotherInstanceBetweenItsReadAndTheWrite_ThrowsTheEarlyReadAwayAndTouchesNothing()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);
        _leases.LoseTheWrite = true;

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal("other-run", summary.LeaseHeldBy?.Owner);
        Assert.Equal(1, _queue.Reads);
        Assert.Equal(0, summary.Cycles);
        Assert.Empty(_mailchimp.Sent);
        Assert.Empty(_queue.Settled);
    }

    [Fact]
    public async Task Run_ReconciliationQueuesARowAndThenFails_TheRowIsDrainedInTheSameRunNotLeftToTheEarlyRead()
    {
        // Arrange: three queued joins (the fakes' rows; the runner is built below, with a reconciliation); the
        // reconciliation (due: never run) queues a fourth contact's join and then fails.
        _ = CreateSut(contacts: 3);
        var fourth = Contact(4);
        _dataverse.Records.Add(Snapshot(fourth, "member4@brightfield-labs.com"));
        _dataverse.Memberships.Add((fourth, _list.ListId));
        var reconcile = new Sync.Reconcile.ReconcileStep(
            new Sync.Reconcile.Reconciler(_dataverse, _dataverse, new EmptyMailchimpSide(), new QueueThenFail(() => _queue.Add(Added(4, fourth, _list)))),
            new NoCheckpoints(),
            new Sync.Reconcile.ReconcileOptions(),
            new FakeTimeProvider(Now));
        var runner = new PushRunner(_leases, _queue, new CycleReader(_dataverse, _dataverse), _mailchimp, _queue, new FakeTimeProvider(Now), reconcile);

        // Act
        var summary = await runner.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert: the failure is reported, and the row it queued was read and sent with the others.
        Assert.NotNull(summary.ReconcileError);
        Assert.Equal(4, summary.Rows[RowCounts.Done]);
        Assert.Contains(_mailchimp.Sent, plan => plan.Email == "member4@brightfield-labs.com");
    }

    [Fact]
    public async Task Run_MoreRowsThanACycle_RunsCyclesUntilDrained()
    {
        // Arrange
        var sut = CreateSut(contacts: 5);

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, CancellationToken.None);

        // Assert
        Assert.Equal(3, summary.Cycles);
        Assert.Equal(5, summary.Rows[RowCounts.Done]);
        Assert.Equal(5, _mailchimp.Sent.Select(plan => plan.Email).Distinct().Count());
    }

    [Fact]
    public async Task Run_MoreChangesThanACycle_RunsCyclesOfAtMostThatManyChanges()
    {
        // Arrange
        var sut = CreateSut(contacts: 5);

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions { ChangesPerCycle = 2 }, CancellationToken.None);

        // Assert
        Assert.Equal(3, summary.Cycles);
        Assert.Equal(5, summary.Rows[RowCounts.Done]);
    }

    [Fact]
    public async Task Run_DryRun_PlansButSendsAndRecordsNothing()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions { DryRun = true }, CancellationToken.None);

        // Assert
        Assert.True(summary.DryRun);
        Assert.Equal(3, summary.Members[MemberCounts.Planned]);
        Assert.Empty(_mailchimp.Sent);
        Assert.Equal(0, _queue.Records);
    }

    [Fact]
    public async Task Run_StoppedBeforeItStarts_ClaimsNoCycle()
    {
        // Arrange
        var sut = CreateSut(contacts: 3);
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), stop.Token);

        // Assert
        Assert.True(summary.Stopped);
        Assert.Equal(0, _queue.Reads);
        Assert.Empty(_mailchimp.Sent);
    }

    [Fact]
    public async Task Run_StoppedWhileSending_FinishesTheCycleRecordsItAndStartsNoOther()
    {
        // Arrange
        var sut = CreateSut(contacts: 4);
        _mailchimp.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _dataverse.OnSnapshotRead = records => records.Contains(Contact(3)) ? stopped.Task : Task.CompletedTask;

        // Act: the second cycle's read is held until the stop.
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, stop.Token);
        await _mailchimp.Entered.Task;
        await stop.CancelAsync();
        stopped.SetResult();
        _mailchimp.Gate.SetResult();
        var summary = await run;

        // Assert
        Assert.True(summary.Stopped);
        Assert.Equal(1, summary.Cycles);
        Assert.Equal(2, _queue.Settled.Count);
        Assert.All(_queue.Settled.Values, row => Assert.Equal(QueueItemStates.Done, row.State));
        Assert.Equal(2, _mailchimp.Sent.Count);
        Assert.True(_leases.Granted!.Released);
    }

    [Fact]
    public async Task Run_HalfTheCycleAnswered_ItsRowsAreRecordedWhileTheRestIsStillSending()
    {
        // Arrange: four contacts, one row and one status each; a write per two operations.
        var sut = CreateSut(contacts: 4);
        _queue.BatchOperations = 2;
        _mailchimp.MidGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act: Mailchimp has answered the first two members and holds the other two.
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);
        await _queue.Recorded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Assert: the first two members' statuses were written, then their rows.
        lock (_queue.Settled)
        {
            Assert.Equal([RowId(1), RowId(2)], _queue.Settled.Keys.Order());
            Assert.All(_queue.Settled.Values, row => Assert.Equal(QueueItemStates.Done, row.State));
            Assert.Equal(2, _queue.Statuses.Count);
        }

        Assert.False(run.IsCompleted);
        _mailchimp.MidGate.SetResult();
        var summary = await run;
        Assert.Equal(4, _queue.Settled.Count);
        Assert.Equal(4, summary.Rows[RowCounts.Done]);
    }

    [Fact]
    public async Task Run_StoppedWhileReading_EndsWithoutAnExceptionAndSendsNothing()
    {
        // Arrange
        var sut = CreateSut(contacts: 2);
        using var stop = new CancellationTokenSource();
        _dataverse.OnCall = () => stop.Cancel();

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), stop.Token);

        // Assert
        Assert.True(summary.Stopped);
        Assert.Empty(_mailchimp.Sent);
        Assert.Empty(_queue.Settled);
    }

    [Fact]
    public async Task Run_RecordingTakesMinutes_IsNotCutOffWithoutAStop()
    {
        // Arrange: a slow organization (large $batch writes) must not make a run throw away Mailchimp's answers.
        var time = new FakeTimeProvider(Now);
        var sut = CreateSut(contacts: 2, time);
        _queue.RecordGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);
        await _queue.RecordEntered.Task;
        time.Advance(TimeSpan.FromMinutes(5));
        _queue.RecordGate.SetResult();
        var summary = await run;

        // Assert
        Assert.Equal(2, summary.Rows[RowCounts.Done]);
        Assert.Equal(2, _queue.Settled.Count);
    }

    [Fact]
    public async Task Run_CrmOptOut_UnsubscribesInsteadOfUpserting()
    {
        // Arrange
        var sut = CreateSut(contacts: 1);
        _dataverse.Records[0] = _dataverse.Records[0] with { DoNotBulkEmail = true, StoredStatus = MailchimpApi.Models.Members.MemberStatus.Subscribed };

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        var plan = Assert.Single(_mailchimp.Sent);
        Assert.Equal(Sync.Decide.RemovalKind.Unsubscribe, plan.Removal?.Kind);
        Assert.Equal(1, summary.Members[MemberCounts.Unsubscribed]);
    }

    [Fact]
    public async Task Run_FewRemovals_ReadsNoAudienceSize()
    {
        // Arrange: one CRM opt-out, far below the rail's minimum of 50 removals.
        var sut = CreateSut(contacts: 3);
        _dataverse.Records[0] = _dataverse.Records[0] with { DoNotBulkEmail = true, StoredStatus = MailchimpApi.Models.Members.MemberStatus.Subscribed };

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal(1, summary.Members[MemberCounts.Unsubscribed]);
        Assert.Equal(0, _dataverse.SizeReads);
    }

    [Fact]
    public async Task Run_RemovalsOverTheMinimum_ReadsTheAudienceSizeAndTheRailHoldsThem()
    {
        // Arrange: 51 opt-outs in an audience of 100 members.
        var sut = CreateSut(contacts: 51);
        OptOutAllInAnAudienceOf(100);

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal(1, _dataverse.SizeReads);
        Assert.DoesNotContain(_mailchimp.Sent, plan => plan.Removal is not null);
        Assert.False(summary.Members.ContainsKey(MemberCounts.Unsubscribed));
        Assert.Equal(51, Assert.Single(summary.Held).Removals);
    }

    [Fact]
    public async Task Run_TwoIndependentCycles_TheSecondIsReadDecidedAndSentWhileTheFirstIsStillBeingAnswered()
    {
        // Arrange: four contacts, two a cycle; Mailchimp holds every call at a gate.
        var sut = CreateSut(contacts: 4);
        _mailchimp.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reads = 0;
        _dataverse.OnSnapshotRead = _ =>
        {
            Interlocked.Increment(ref reads);
            return Task.CompletedTask;
        };

        // Act: the gate opens only once the second cycle is being sent too.
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, CancellationToken.None);
        await _mailchimp.SecondEntered.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a failure guard, not a race: it never fires when the cycles overlap
        var sentWhileGated = _mailchimp.Sent.Count;
        _mailchimp.Gate.SetResult();
        var summary = await run;

        // Assert: both cycles were in Mailchimp's hands at once, each read once; every row is Done.
        Assert.Equal(0, sentWhileGated);
        Assert.Equal(2, _mailchimp.MostInFlight);
        Assert.Equal(2, summary.Cycles);
        Assert.Equal(4, summary.Rows[RowCounts.Done]);
        Assert.Equal(2, reads);
        Assert.Equal(Enumerable.Range(1, 4).Select(n => $"member{n}@brightfield-labs.com"), _mailchimp.Sent.Select(plan => plan.Email).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_LastCycleStartsWhileTheOneBeforeIsUnanswered_BothSpreadTheirLastRoundsWrites()
    {
        // Arrange: 1,500 contacts, 1,000 a cycle (the second, of 500, is the run's last); Mailchimp holds 500 plans at once
        // and answers each cycle in two halves, Dataverse takes two writes at once of up to 1,000 operations: a spread last
        // round writes 250 at a time.
        var sut = CreateSut(contacts: 1500);
        _mailchimp.PlansInFlight = 500;
        _queue.ParallelWrites = 2;
        _mailchimp.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act: the first cycle is answered only once the second, the run's last, is in Mailchimp's hands too.
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 1000 }, CancellationToken.None);
        await _mailchimp.SecondEntered.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a failure guard, not a race
        _mailchimp.Gate.SetResult();
        var summary = await run;

        // Assert: no whole write of 1,000 statuses from the first cycle (it would still hold a connection when the last
        // cycle's answers come in): its halves are written apart (250 as soon as they are answered, the rest spread over
        // the connections left, so one or two writes depending on when those end).
        Assert.Equal(2, summary.Cycles);
        Assert.Equal(1500, summary.Rows[RowCounts.Done]);
        Assert.Equal(1500, _queue.StatusWrites.Sum());
        Assert.All(_queue.StatusWrites, size => Assert.InRange(size, 1, 500));
    }

    [Fact]
    public async Task Run_ExecutorStillGettingReady_SendsMeanwhileAndEndsOnlyOnceItIsReady()
    {
        // Arrange: the executor's preparation (its serializers) is held at a gate.
        var sut = CreateSut(contacts: 2);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _mailchimp.Preparing = ready.Task;

        // Act
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);
        await _queue.Recorded.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a failure guard, not a race
        var endedBeforeReady = run.IsCompleted;
        ready.SetResult();
        var summary = await run;

        // Assert: asked once, not waited for before sending and recording, waited for before the run ends.
        Assert.Equal(1, _mailchimp.Prepared);
        Assert.False(endedBeforeReady);
        Assert.Equal(2, summary.Rows[RowCounts.Done]);
    }

    [Fact]
    public async Task Run_ExecutorFailsToGetReady_RunsAndEndsAsIfItHadNotTried()
    {
        // Arrange
        var sut = CreateSut(contacts: 2);
        _mailchimp.Preparing = Task.FromException(new InvalidOperationException("warm-up failed"));

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions(), CancellationToken.None);

        // Assert
        Assert.Equal(2, summary.Rows[RowCounts.Done]);
        Assert.False(summary.AnyFailed);
    }

    [Fact]
    public async Task Run_TwoCycles_TheSecondIsReadOnlyOnceTheFirstHasHandedItsCallsToMailchimp()
    {
        // Arrange: four contacts, two a cycle; the first execution is held while it builds its calls.
        var sut = CreateSut(contacts: 4);
        using var building = new ManualResetEventSlim();
        _mailchimp.DispatchGate = building;

        // Act
        var run = sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, CancellationToken.None);
        await _mailchimp.Building.Task;
        var readsWhileBuilding = _queue.Reads;
        building.Set();
        var summary = await run;

        // Assert
        Assert.Equal(1, readsWhileBuilding);
        Assert.Equal(2, summary.Cycles);
        Assert.Equal(4, summary.Rows[RowCounts.Done]);
    }

    [Fact]
    public async Task Run_NextCycleSharesARecordWithTheOneInFlight_ReadsItAgainOnceThatOneIsRecorded()
    {
        // Arrange: contacts 1 and 2 in the first cycle; the second cycle changes contact 1 again and adds contact 3.
        var sut = CreateSut(contacts: 3);
        _queue.Add(MemberChanged(4, Contact(1), "member1@brightfield-labs.com"));
        var settledAtEachRead = new List<int>();
        _dataverse.OnSnapshotRead = records =>
        {
            if (records.Contains(Contact(1)))
            {
                lock (_queue.Settled)
                {
                    settledAtEachRead.Add(_queue.Settled.Count);
                }
            }

            return Task.CompletedTask;
        };

        // Act: rows 1 and 2, then rows 3 and 4.
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, CancellationToken.None);

        // Assert: contact 1 read by the first cycle, by the second, and by the second again after the first's two rows
        // were recorded; every row is Done.
        Assert.Equal(3, settledAtEachRead.Count);
        Assert.Equal(0, settledAtEachRead[0]);
        Assert.Equal(2, settledAtEachRead[2]);
        Assert.Equal(2, summary.Cycles);
        Assert.Equal(4, _queue.Settled.Count);
        Assert.All(_queue.Settled.Values, row => Assert.Contains(row.State, new[] { QueueItemStates.Done, QueueItemStates.Superseded }));
        Assert.Equal(1, _mailchimp.MostInFlight);
    }

    [Fact]
    public async Task Run_RailHoldsEveryCycleOfALongQueue_EndsAfterOnePassAndLeavesTheRowsPending()
    {
        // Arrange: 120 opt-outs in an audience of 100 members, 60 rows a cycle: the rail holds both cycles. Held rows stay
        // Pending, so a run that read the queue from its start each cycle would take them again, forever.
        var sut = CreateSut(contacts: 120);
        OptOutAllInAnAudienceOf(100);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // a failure guard: stops a looping run

        // Act
        var summary = await sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 60 }, guard.Token);

        // Assert
        Assert.False(summary.Stopped);
        Assert.Equal(2, summary.Cycles);
        Assert.Equal(3, _queue.Reads);
        Assert.Empty(_mailchimp.Sent);
        Assert.Equal(2, summary.Held.Count);
        Assert.All(_queue.Settled.Values, row => Assert.Equal(QueueItemStates.Pending, row.State));
    }

    [Fact]
    public async Task Run_MailchimpUnreachable_EndsAfterTheCyclesInFlightAndThrows()
    {
        // Arrange: six contacts, two a cycle.
        var sut = CreateSut(contacts: 6);
        _mailchimp.Failure = new HttpRequestException("Mailchimp is unreachable.");

        // Act
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => sut.RunAsync(new SyncOptions(), new PushRunOptions { RowsPerCycle = 2 }, CancellationToken.None));

        // Assert: the second cycle may have been sent beside the first, but no third was read; no row is Done.
        Assert.Equal("Mailchimp is unreachable.", error.Message);
        Assert.InRange(_mailchimp.Executions, 1, 2);
        Assert.InRange(_queue.Reads, 1, 2);
        Assert.DoesNotContain(_queue.Settled.Values, row => row.State == QueueItemStates.Done);
        Assert.True(_leases.Granted!.Released);
    }

    // Every contact opted out in the CRM and is subscribed in Mailchimp, in an audience of the given size.
    private void OptOutAllInAnAudienceOf(int members)
    {
        for (var i = 0; i < _dataverse.Records.Count; i++)
        {
            _dataverse.Records[i] = _dataverse.Records[i] with { DoNotBulkEmail = true, StoredStatus = MailchimpApi.Models.Members.MemberStatus.Subscribed };
        }

        _dataverse.Sizes[Audience] = members;
    }

    private sealed class EmptyMailchimpSide : Sync.Reconcile.IMailchimpListSide
    {
        public Task<Sync.Reconcile.MailchimpSide> ReadAsync(ListMapping list, IReadOnlyCollection<string>? mergeTags, CancellationToken cancellationToken) =>
            Task.FromResult(new Sync.Reconcile.MailchimpSide());
    }

    private sealed class QueueThenFail(Action queue) : Sync.Reconcile.ICorrectionQueue
    {
        public Task<IReadOnlyList<Sync.Reconcile.CorrectionResult>> QueueAsync(IReadOnlyList<Sync.Reconcile.ListDrift> drifts, CancellationToken cancellationToken)
        {
            queue();
            throw new HttpRequestException("Dataverse refused the second $batch of corrections.");
        }
    }

    private sealed class NoCheckpoints : Sync.Pull.Checkpoint.ICheckpointStore
    {
        public Task<DateTimeOffset?> ReadAsync(string name, CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

        public Task WriteAsync(string name, DateTimeOffset value, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private PushRunner CreateSut(int contacts, TimeProvider? time = null)
    {
        _dataverse.Lists.Add(_list);
        _dataverse.Sizes[Audience] = 10_000;
        for (var n = 1; n <= contacts; n++)
        {
            var contact = Contact(n);
            _dataverse.Records.Add(Snapshot(contact, $"member{n}@brightfield-labs.com"));
            _dataverse.Memberships.Add((contact, _list.ListId));
            _queue.Add(Added(n, contact, _list));
        }

        return new PushRunner(_leases, _queue, new CycleReader(_dataverse, _dataverse), _mailchimp, _queue, time ?? new FakeTimeProvider(Now));
    }
}
