using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests;

/// <summary>Queue rows through Expand, Coalesce and Decide, as the job chains them.</summary>
public sealed class PureStepsTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly ListMappings Lists = new([Newsletter, Customers, Vip, Events]);

    private static RailResult CreateSutAndRun(IReadOnlyList<QueueRow> rows, MembershipIndex index, IReadOnlyList<MemberSnapshot> snapshots, SyncOptions? options = null, int audienceSize = 10_000)
    {
        options ??= new SyncOptions();
        var expanded = new RowExpander(new ExpandContext(Lists, index, options)).Expand(rows);
        var coalesced = new Coalescer().Coalesce(expanded.Events);
        return new RunDecider(new DecisionContext(Lists, index, options)).Decide(coalesced.Works, snapshots, new Dictionary<string, int> { [TestData.Audience] = audienceSize });
    }

    [Fact]
    public void Run_AddedChangedAndTagged_OneUpsertWithTheTagSettlingEveryRow()
    {
        // Arrange
        QueueRow[] rows = [TestData.Added(1, Ada, Newsletter), TestData.MemberChanged(2, Ada, "ada@example.org"), TestData.Added(3, Ada, Vip)];

        // Act
        var result = CreateSutAndRun(rows, TestData.Index((Ada, Newsletter), (Ada, Vip)), [TestData.Snapshot(Ada, "ada@example.org")]);

        // Assert
        var plan = Assert.Single(result.Plans);
        Assert.Equal(["VIP"], plan.TagsToAdd);
        Assert.Equal(MemberStatus.Subscribed, plan.Upsert!.StatusIfNew);
        Assert.Equal([TestData.RowId(1), TestData.RowId(2), TestData.RowId(3)], plan.RowIds.Order());
    }

    [Fact]
    public void Run_ThousandsOfMembers_PlansKeepTheGroupsOrder()
    {
        // Arrange: 3,000 contacts added to the audience list (decided in parallel).
        var members = Enumerable.Range(1, 3000).Select(TestData.Contact).ToArray();
        var rows = members.Select((m, i) => TestData.Added(i + 1, m, Newsletter)).ToArray();
        var snapshots = members.Select((m, i) => TestData.Snapshot(m, $"m{i:D5}@example.org")).ToArray();
        var index = TestData.Index([.. members.Select(m => (m, Newsletter))]);

        // Act
        var first = CreateSutAndRun(rows, index, snapshots);
        var second = CreateSutAndRun(rows, index, snapshots);

        // Assert: one plan per member, in the same order on every run (the grouper's).
        Assert.Equal(3000, first.Plans.Count);
        Assert.Equal(first.Plans.Select(p => p.Email), second.Plans.Select(p => p.Email));
        Assert.Equal(new MemberGrouper(new DecisionContext(Lists, index, new SyncOptions())).Group(new Coalescer().Coalesce(new RowExpander(new ExpandContext(Lists, index, new SyncOptions())).Expand(rows).Events).Works, snapshots).Select(g => g.Email), first.Plans.Select(p => p.Email));
    }

    [Fact]
    public void Run_ManyMembersLeaveTheAudienceList_RailHoldsTheRemovals()
    {
        // Arrange
        var members = Enumerable.Range(1, 60).Select(TestData.Contact).ToArray();
        var rows = members.Select((m, i) => TestData.Removed(i + 1, m, Newsletter)).ToArray();
        var snapshots = members.Select(m => TestData.Snapshot(m, $"{m.Id:N}@example.org")).ToArray();

        // Act
        var result = CreateSutAndRun(rows, MembershipIndex.Empty, snapshots, audienceSize: 100);

        // Assert
        Assert.Equal(60, result.Plans.Count(p => p.Held?.Code == SkipCode.MassRemovalHeld));
        Assert.DoesNotContain(result.Plans, p => p.IsSent);
    }

    [Fact]
    public void Run_FullResync_SendsExistingMembersButNotTheUnsubscribed()
    {
        // Arrange
        var bob = TestData.Contact(2);
        var index = TestData.Index((Ada, Newsletter), (bob, Newsletter));
        MemberSnapshot[] snapshots = [TestData.Snapshot(Ada, "ada@example.org"), TestData.Snapshot(bob, "bob@example.org", s => s with { StoredStatus = MemberStatus.Unsubscribed })];

        // Act
        var result = CreateSutAndRun([], index, snapshots, new SyncOptions { FullResync = true });

        // Assert
        Assert.Equal("ada@example.org", Assert.Single(result.Plans, p => p.IsSent).Email);
        Assert.Equal(SkipCode.NeverResubscribe, Assert.Single(result.Plans, p => !p.IsSent).Skip!.Code);
    }
}
