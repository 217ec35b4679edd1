using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Tests.Run.Fakes;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Reconcile;

/// <summary>The reconciler over fakes: which lists, what it reads back, and what it queues.</summary>
public sealed class ReconcilerTests
{
    private static readonly ListMapping Berlin = TestData.TagList(1, "Berlin") with { IsDynamic = true };
    private static readonly ListMapping Vip = TestData.TagList(2, "VIP");
    private static readonly ListMapping VipToo = TestData.TagList(3, "vip");

    private static (Reconciler Sut, FakeDataverse Dataverse, FakeListSides Mailchimp, RecordingQueue Queue) CreateSut()
    {
        var dataverse = new FakeDataverse();
        dataverse.Lists.AddRange([Berlin, Vip, VipToo]);
        var mailchimp = new FakeListSides();
        var queue = new RecordingQueue();
        return (new Reconciler(dataverse, dataverse, mailchimp, queue), dataverse, mailchimp, queue);
    }

    [Fact]
    public async Task RunAsync_DynamicListsScope_ComparesOnlyDynamicListsAndQueuesTheirCorrections()
    {
        // Arrange
        var (sut, dataverse, mailchimp, queue) = CreateSut();
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@contoso.com");
        dataverse.Records.Add(ada);
        dataverse.Memberships.Add((ada.Record, Berlin.ListId));
        mailchimp.Sides[Vip.ListId] = [new MailchimpMember("stranger@contoso.com", MemberStatus.Subscribed)];

        // Act
        var result = await sut.RunAsync(ReconcileScope.DynamicLists, new SyncOptions(), ReconcileRequest.ForSync(full: false, dryRun: false), CancellationToken.None);

        // Assert
        var drift = Assert.Single(result.Drifts);
        Assert.Equal(Berlin.ListId, drift.List.ListId);
        Assert.Equal([ada.Record], drift.ToJoin);
        Assert.Equal([Berlin.ListId], mailchimp.Read);
        Assert.Equal([Berlin.ListId], Assert.Single(queue.Queued).Select(d => d.List.ListId));
    }

    [Fact]
    public async Task RunAsync_TagMemberHeldByAnotherListOfTheSameTag_IsNotQueuedToLeave()
    {
        // Arrange: Bob left VIP but is in "vip" (same tag, other case); Cleo left and is in no list.
        var (sut, dataverse, mailchimp, queue) = CreateSut();
        var bob = TestData.Snapshot(TestData.Contact(2), "bob@contoso.com");
        var cleo = TestData.Snapshot(TestData.Contact(3), "cleo@contoso.com");
        dataverse.Records.AddRange([bob, cleo]);
        dataverse.Memberships.Add((bob.Record, VipToo.ListId));
        mailchimp.Sides[Vip.ListId] = [new MailchimpMember(bob.Email!, MemberStatus.Subscribed), new MailchimpMember(cleo.Email!, MemberStatus.Subscribed)];

        // Act
        var result = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: true, dryRun: false), CancellationToken.None);

        // Assert
        var vip = result.Drifts.Single(d => d.List.ListId == Vip.ListId);
        Assert.Equal([cleo.Record], vip.ToLeave);
        Assert.Equal((1, 1), (vip.MailchimpOnly, vip.InSync));
    }

    [Fact]
    public async Task RunAsync_DryRun_QueuesNothing()
    {
        // Arrange
        var (sut, dataverse, _, queue) = CreateSut();
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@contoso.com");
        dataverse.Records.Add(ada);
        dataverse.Memberships.Add((ada.Record, Berlin.ListId));

        // Act
        var result = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: true, dryRun: true), CancellationToken.None);

        // Assert
        Assert.Empty(queue.Queued);
        Assert.Equal(0, result.RowsQueued);
        Assert.Equal([ada.Record], result.Drifts.Single(d => d.List.ListId == Berlin.ListId).ToJoin);
    }

    [Fact]
    public async Task RunAsync_ScheduledReconciliation_JoinsAStaticListsNeverSentMembersOnlyWhenFull()
    {
        // Arrange
        var (sut, dataverse, _, _) = CreateSut();
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@contoso.com");
        dataverse.Records.Add(ada);
        dataverse.Memberships.Add((ada.Record, Vip.ListId));

        // Act
        var scheduled = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: false, dryRun: true), CancellationToken.None);
        var full = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: true, dryRun: true), CancellationToken.None);

        // Assert
        Assert.Empty(scheduled.Drifts.Single(d => d.List.ListId == Vip.ListId).ToJoin);
        Assert.Equal([ada.Record], full.Drifts.Single(d => d.List.ListId == Vip.ListId).ToJoin);
    }

    [Fact]
    public async Task RunAsync_MisconfiguredList_IsNotCompared()
    {
        // Arrange
        var (sut, dataverse, mailchimp, _) = CreateSut();
        dataverse.Lists.Add(TestData.List(9, ListTarget.Tag(null)));

        // Act
        var result = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: true, dryRun: true), CancellationToken.None);

        // Assert
        Assert.DoesNotContain(result.Drifts, d => d.List.ListId == TestData.ListId(9));
        Assert.DoesNotContain(TestData.ListId(9), mailchimp.Read);
    }

    [Fact]
    public async Task RunAsync_ListWhoseMembersCannotBeRead_IsNamedLeftAloneAndTheOthersGoOn()
    {
        // Arrange
        var (sut, dataverse, _, queue) = CreateSut();
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@contoso.com");
        dataverse.Records.Add(ada);
        dataverse.Memberships.Add((ada.Record, Vip.ListId));
        dataverse.Unreadable.Add(Berlin.ListId);

        // Act
        var result = await sut.RunAsync(ReconcileScope.AllLists, new SyncOptions(), ReconcileRequest.ForSync(full: true, dryRun: false), CancellationToken.None);

        // Assert
        Assert.Contains(Berlin.Describe(), Assert.Single(result.Errors));
        Assert.DoesNotContain(Assert.Single(queue.Queued), d => d.List.ListId == Berlin.ListId);
        Assert.Equal([ada.Record], result.Drifts.Single(d => d.List.ListId == Vip.ListId).ToJoin);
    }

    [Fact]
    public async Task RunAsync_NoneScope_ReadsNothing()
    {
        // Arrange
        var (sut, dataverse, _, _) = CreateSut();

        // Act
        var result = await sut.RunAsync(ReconcileScope.None, new SyncOptions(), ReconcileRequest.ForSync(full: false, dryRun: false), CancellationToken.None);

        // Assert
        Assert.Same(ReconcileResult.Nothing, result);
        Assert.Equal(0, dataverse.Calls);
    }

    private sealed class FakeListSides : IMailchimpListSide
    {
        public Dictionary<Guid, MailchimpMember[]> Sides { get; } = [];

        public List<Guid> Read { get; } = [];

        public Task<MailchimpSide> ReadAsync(ListMapping list, IReadOnlyCollection<string>? mergeTags, CancellationToken cancellationToken)
        {
            Read.Add(list.ListId);
            var side = new MailchimpSide();
            foreach (var member in Sides.GetValueOrDefault(list.ListId) ?? [])
            {
                side.Add(member);
            }

            return Task.FromResult(side);
        }
    }

    private sealed class RecordingQueue : ICorrectionQueue
    {
        public List<IReadOnlyList<ListDrift>> Queued { get; } = [];

        public Task<IReadOnlyList<CorrectionResult>> QueueAsync(IReadOnlyList<ListDrift> drifts, CancellationToken cancellationToken)
        {
            Queued.Add(drifts.Where(d => !d.IsClean).ToArray());
            return Task.FromResult<IReadOnlyList<CorrectionResult>>(drifts.Select(d => new CorrectionResult(d.List, d.ToJoin.Count + d.ToLeave.Count, null)).ToArray());
        }
    }
}
