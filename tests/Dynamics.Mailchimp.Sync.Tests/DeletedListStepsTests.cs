using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;
using static Dynamics.Mailchimp.Sync.Tests.Support.StandardLists;

namespace Dynamics.Mailchimp.Sync.Tests;

/// <summary>
/// A deleted synced list's ListDeleted row through Expand, Coalesce and Decide, as the job chains them (the list's
/// mapping comes from the row: Dataverse no longer returns the list). Issue #9: "Deactivated records, deleted records
/// ... leave the audience as above", with the leaving rule for tag, interest and audience mappings.
/// </summary>
public sealed class DeletedListStepsTests
{
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly RecordRef Bob = TestData.Contact(2);
    private static readonly RecordRef Cy = TestData.Contact(3);
    private static readonly ListMapping GoneAudience = TestData.AudienceList(20);
    private static readonly ListMapping GoneTag = TestData.TagList(21, "Gala 2026");
    private static readonly ListMapping GoneInterest = TestData.InterestList(22, "int-webinars");

    private static RailResult CreateSutAndRun(QueueRow row, MembershipIndex index, IReadOnlyList<MemberSnapshot> snapshots, AudienceSettings? settings = null, int audienceSize = 10_000)
    {
        var options = new SyncOptions();
        var lists = new ListMappings([Newsletter, Customers, Vip, Events]).WithDeleted([row]);
        var expanded = new RowExpander(new ExpandContext(lists, index, options)).Expand([row]);
        var coalesced = new Coalescer().Coalesce(expanded.Events);
        var context = new DecisionContext(lists, index, options)
        {
            Settings = settings is null ? new Dictionary<string, AudienceSettings>() : new Dictionary<string, AudienceSettings> { [settings.AudienceId] = settings },
        };
        return new RunDecider(context).Decide(coalesced.Works, snapshots, new Dictionary<string, int> { [TestData.Audience] = audienceSize });
    }

    private static MemberSnapshot Snapshot(RecordRef record, Func<MemberSnapshot, MemberSnapshot>? change = null) =>
        TestData.Snapshot(record, $"c{record.Id.ToString("N")[^2..]}@example.org", s => (change ?? (x => x))(s with { StoredStatus = MemberStatus.Subscribed, StoredMemberId = "known" }));

    private static MemberPlan PlanOf(RailResult result, RecordRef record) => Assert.Single(result.Plans, p => p.Records.Contains(record));

    [Fact]
    public void Run_TagListDeleted_TagRemovedFromEveryFormerMemberAndNobodyLeavesTheAudience()
    {
        // Arrange
        var index = TestData.Index((Ada, Newsletter));

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, GoneTag, Ada, Bob), index, [Snapshot(Ada), Snapshot(Bob)]);

        // Assert
        Assert.All(result.Plans, p => Assert.Equal(["Gala 2026"], p.TagsToRemove));
        Assert.All(result.Plans, p => Assert.Null(p.Removal));
        Assert.All(result.Plans, p => Assert.Null(p.Upsert?.Status));
    }

    [Fact]
    public void Run_InterestListDeleted_InterestSetFalseAndTheMemberStaysSubscribed()
    {
        // Arrange
        var index = TestData.Index((Ada, Newsletter));

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, GoneInterest, Ada, Bob), index, [Snapshot(Ada), Snapshot(Bob)]);

        // Assert
        Assert.All(result.Plans, p => Assert.Equal(new Dictionary<string, bool> { ["int-webinars"] = false }, p.Upsert!.Interests));
        Assert.All(result.Plans, p => Assert.Null(p.Removal));
        Assert.All(result.Plans, p => Assert.Null(p.Upsert!.Status));
        Assert.True(PlanOf(result, Bob).Upsert!.UpdateOnly);
    }

    [Fact]
    public void Run_AudienceListDeleted_ArchivesOnlyMembersNoOtherSyncedListHolds()
    {
        // Arrange: Bob is still in another audience list, Cy in a tag list of the same audience.
        var index = TestData.Index((Bob, Customers), (Cy, Vip));

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, GoneAudience, Ada, Bob, Cy), index, [Snapshot(Ada), Snapshot(Bob), Snapshot(Cy)]);

        // Assert
        Assert.Equal(RemovalKind.Archive, PlanOf(result, Ada).Removal!.Kind);
        Assert.Null(PlanOf(result, Bob).Removal);
        Assert.Null(PlanOf(result, Cy).Removal);
        Assert.All(result.Plans, p => Assert.Null(p.Upsert?.Status));
    }

    [Fact]
    public void Run_AudienceListDeletedAndTheAudienceLeavesByUnsubscribing_Unsubscribes()
    {
        // Act
        var result = CreateSutAndRun(
            TestData.ListDeleted(1, GoneAudience, Ada),
            MembershipIndex.Empty,
            [Snapshot(Ada)],
            AudienceSettings.For(TestData.Audience) with { LeaveAction = LeaveAction.Unsubscribe });

        // Assert
        Assert.Equal(RemovalKind.Unsubscribe, Assert.Single(result.Plans).Removal!.Kind);
    }

    [Fact]
    public void Run_LargeAudienceListDeleted_TheMassRemovalRailHoldsTheArchives()
    {
        // Arrange
        var members = Enumerable.Range(100, 60).Select(TestData.Contact).ToArray();

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, GoneAudience, members), MembershipIndex.Empty, members.Select(m => Snapshot(m)).ToArray(), audienceSize: 100);

        // Assert
        Assert.True(result.AnyHeld);
        Assert.Equal(60, result.Plans.Count(p => p.Held?.Code == SkipCode.MassRemovalHeld));
        Assert.DoesNotContain(result.Plans, p => p.IsSent);
    }

    [Fact]
    public void Run_TagListDeletedWhileAnotherSyncedListMapsTheSameTag_KeepsTheTagOfItsMembers()
    {
        // Arrange: Ada is in the synced VIP list; the deleted list mapped to the same tag (case aside).
        var goneVip = TestData.TagList(23, "vip");
        var index = TestData.Index((Ada, Vip));

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, goneVip, Ada, Bob), index, [Snapshot(Ada), Snapshot(Bob)]);

        // Assert
        Assert.Empty(PlanOf(result, Ada).TagsToRemove);
        Assert.Equal(["vip"], PlanOf(result, Bob).TagsToRemove);
    }

    [Fact]
    public void Run_InterestListDeletedForAnUnsubscribedHolder_SendsNothingToIt()
    {
        // Arrange
        var index = TestData.Index((Ada, Newsletter));

        // Act
        var result = CreateSutAndRun(TestData.ListDeleted(1, GoneInterest, Ada), index, [Snapshot(Ada, s => s with { StoredStatus = MemberStatus.Unsubscribed })]);

        // Assert
        var plan = Assert.Single(result.Plans);
        Assert.False(plan.IsSent);
        Assert.Equal(SkipCode.NeverResubscribe, plan.Skip!.Code);
    }
}
