using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

/// <summary>
/// The rules run as loops with per-run lookups (no LINQ chain per member). On a varied run (two or more records per
/// address, several lists and audiences, tag and interest mappings, unsubscribed and cleaned stored statuses,
/// non-ASCII and mixed-case addresses, members in more lists than a scan covers) each rule answers what its plain
/// LINQ statement (kept here as the reference) answers, and the run's plans do not depend on the cached mappings or
/// on deciding in parallel.
/// </summary>
public sealed class DecideLoopsEquivalenceTests
{
    private static readonly string[] Tables = [TableNames.Contact, TableNames.Lead, TableNames.Account];
    private static readonly string[] Columns = [MemberFields.EmailAddress1, PersonFields.FirstName, MemberFields.StateCode, MemberFields.DoNotBulkEmail];

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rules_VariedRun_AnswerAsTheirLinqStatements(int seed)
    {
        // Arrange
        var (context, works, snapshots) = CreateSut(seed);
        var groups = new MemberGrouper(context).Group(works, snapshots);

        // Act / Assert
        Assert.True(groups.Count > 100);
        foreach (var group in groups)
        {
            var holders = AudienceHolders.Find(group, context);
            Assert.Equal(ReferenceHolders(group, context), holders);
            Assert.Equal(ReferenceLeftLists(group, holders, context), LeaveListRule.LeftLists(group, holders, context));
            Assert.Equal(ReferenceJoinedLists(group, holders, context), JoinListRule.JoinedLists(group, holders, context));
            Assert.Equal(ReferenceKnownStatus(group.Records), NeverResubscribeRule.KnownStatus(group.Records));
            Assert.Equal(ReferenceIsUpdateOnly(group.AudienceId, holders, context), UpdateOnlyRule.IsUpdateOnly(group.AudienceId, holders, context));
            var lists = group.Works.SelectMany(work => context.ListsOf(work.Record, group.AudienceId)).ToArray();
            var kept = holders.SelectMany(h => context.ListsOf(h.Record, group.AudienceId)).ToArray();
            Assert.Equal(ReferenceNames(lists, ListTargetKind.Tag), ListTargetRule.Tags(lists));
            Assert.Equal(ReferenceNotKept(lists, kept), ListTargetRule.NotKept(lists, kept));
            Assert.Equal(ReferenceInterests(kept, lists), ListTargetRule.Interests(kept, lists));
            if (holders.Count > 0)
            {
                Assert.Same(ReferenceWinner(holders), DuplicateEmailRule.Winner(holders));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_VariedRun_SameAsDecidingEachMemberAfresh(int seed)
    {
        // Arrange
        var (context, works, snapshots) = CreateSut(seed);
        var groups = new MemberGrouper(context).Group(works, snapshots);

        // Act
        var plans = new RunDecider(context).Plan(works, snapshots);

        // Assert
        var afresh = groups.Select(group => new MemberDecider(context).Decide(group)).ToArray();
        Assert.Equal(afresh.Select(Json), plans.Select(Json));
        Assert.Contains(plans, plan => plan.Upsert is { MergeFields.Count: > 0 });
        Assert.Contains(plans, plan => plan.Removal is not null);
        Assert.Contains(plans, plan => plan.Skip is not null);
        foreach (var plan in plans.Where(p => p.Upsert is not null))
        {
            var winner = snapshots.First(s => s.Email == plan.Upsert!.Email && plan.Records.Contains(s.Record));
            Assert.Equal(MergeFieldRule.Build(winner, context.SettingsFor(plan.AudienceId)), MergeFieldRule.Build(winner, MergeFieldRule.Mappings(winner.Record.Table, context.SettingsFor(plan.AudienceId))));
        }
    }

    private static string Json(MemberPlan plan) => JsonSerializer.Serialize(plan);

    private static IReadOnlyList<MemberSnapshot> ReferenceHolders(MemberGroup group, DecisionContext context)
    {
        if (group.Email is null)
        {
            return [];
        }

        var deleted = group.Works.Where(work => work.Deleted).Select(work => work.Record).ToHashSet();
        var key = SubscriberHash.Normalize(group.Email);
        return group.Records
            .Where(r => !deleted.Contains(r.Record) && r.IsActive && r.Email is { } email && SubscriberHash.Normalize(email) == key
                && context.Options.IsEnabled(r.Record.Table) && context.ListsOf(r.Record, group.AudienceId).Any())
            .DistinctBy(r => r.Record)
            .ToArray();
    }

    private static IReadOnlyList<ListMapping> ReferenceLeftLists(MemberGroup group, IReadOnlyList<MemberSnapshot> holders, DecisionContext context)
    {
        var holding = holders.Select(h => h.Record).ToHashSet();
        var held = holders.SelectMany(h => context.ListsOf(h.Record, group.AudienceId)).Select(list => list.ListId).ToHashSet();
        var left = new List<ListMapping>();
        foreach (var work in group.Works)
        {
            var now = context.Index.ListsOf(work.Record);
            var touched = work.ListChanges.Keys.Select(context.Lists.Find).OfType<ListMapping>().Where(list => list.AudienceId == group.AudienceId);
            if (holding.Contains(work.Record))
            {
                left.AddRange(touched.Where(list => !now.Contains(list.ListId)));
                continue;
            }

            left.AddRange(touched);
            left.AddRange(context.ListsOf(work.Record, group.AudienceId));
            if (work.Deleted)
            {
                left.AddRange(context.Lists.SyncingIn(group.AudienceId).Where(list => list.MemberTable == work.Record.Table));
            }
        }

        return left.Where(list => !held.Contains(list.ListId)).DistinctBy(list => list.ListId).OrderBy(list => list.ListId).ToArray();
    }

    private static IReadOnlyList<ListMapping> ReferenceJoinedLists(MemberGroup group, IReadOnlyList<MemberSnapshot> holders, DecisionContext context)
    {
        var holding = holders.Select(h => h.Record).ToHashSet();
        return group.Works
            .Where(work => holding.Contains(work.Record))
            .SelectMany(work => context.ListsOf(work.Record, group.AudienceId).Where(list => JoinListRule.IsReentry(work) || work.ListChanges.ContainsKey(list.ListId)))
            .DistinctBy(list => list.ListId)
            .OrderBy(list => list.ListId)
            .ToArray();
    }

    private static MemberStatus? ReferenceKnownStatus(IEnumerable<MemberSnapshot> records)
    {
        var stored = records.Select(r => r.StoredStatus).OfType<MemberStatus>().ToArray();
        MemberStatus[] mostRestrictiveFirst = [MemberStatus.Cleaned, MemberStatus.Unsubscribed, MemberStatus.Archived];
        return mostRestrictiveFirst.Where(stored.Contains).Select(s => (MemberStatus?)s).FirstOrDefault() ?? (stored.Length > 0 ? stored[0] : null);
    }

    private static bool ReferenceIsUpdateOnly(string audienceId, IReadOnlyList<MemberSnapshot> holders, DecisionContext context) =>
        holders.SelectMany(h => context.ListsOf(h.Record, audienceId)).All(list => list.UpdateOnly);

    private static MemberSnapshot ReferenceWinner(IReadOnlyList<MemberSnapshot> holders) => holders
        .OrderBy(r => Array.IndexOf(Tables, r.Record.Table))
        .ThenBy(r => r.CreatedOn)
        .ThenBy(r => r.Record.Id)
        .First();

    private static string[] ReferenceNames(IEnumerable<ListMapping> lists, ListTargetKind kind) => lists
        .Where(list => list.Target?.Kind == kind && !string.IsNullOrWhiteSpace(list.Target.Name))
        .Select(list => list.Target!.Name!.Trim())
        .Distinct(kind == ListTargetKind.Tag ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
        .ToArray();

    private static IReadOnlyList<ListMapping> ReferenceNotKept(IReadOnlyList<ListMapping> left, IReadOnlyList<ListMapping> kept)
    {
        var tags = ReferenceNames(kept, ListTargetKind.Tag).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var interests = ReferenceNames(kept, ListTargetKind.Interest).ToHashSet(StringComparer.Ordinal);
        return left.Where(list => list.Target switch
        {
            { Kind: ListTargetKind.Tag, Name: { } tag } => !tags.Contains(tag.Trim()),
            { Kind: ListTargetKind.Interest, Name: { } id } => !interests.Contains(id.Trim()),
            _ => true,
        }).ToArray();
    }

    private static Dictionary<string, bool> ReferenceInterests(IEnumerable<ListMapping> joined, IEnumerable<ListMapping> left)
    {
        var interests = ReferenceNames(left, ListTargetKind.Interest).ToDictionary(id => id, _ => false, StringComparer.Ordinal);
        foreach (var id in ReferenceNames(joined, ListTargetKind.Interest))
        {
            interests[id] = true;
        }

        return interests;
    }

    // A run of 400 records: each in a few of 42 lists over two audiences (some in more than 8), 150 addresses shared
    // between them in any case and with non-ASCII letters, every stored status, and works joining, leaving, re-evaluating,
    // changing addresses and deleting.
    private static (DecisionContext Context, IReadOnlyList<MemberWork> Works, IReadOnlyList<MemberSnapshot> Snapshots) CreateSut(int seed)
    {
        var random = new Random(seed);
        var lists = new List<ListMapping>();
        foreach (var audience in new[] { TestData.Audience, TestData.OtherAudience })
        {
            foreach (var table in Tables)
            {
                var n = lists.Count;
                lists.Add(TestData.AudienceList(n + 1, audience, table, updateOnly: random.Next(3) == 0));
                lists.Add(TestData.TagList(n + 2, random.Next(2) == 0 ? " VIP " : "vip", audience, table) with { ExitAction = (ListExitAction)random.Next(3) });
                lists.Add(TestData.InterestList(n + 3, random.Next(2) == 0 ? "int-1" : "int-2", audience, table) with { ExitAction = (ListExitAction)random.Next(3) });
                lists.Add(TestData.List(n + 4, null, audience, table));
                lists.Add(TestData.TagList(n + 5, "Other", audience, table) with { IsSyncing = random.Next(4) != 0 });
                lists.Add(TestData.AudienceList(n + 6, audience, table));
                lists.Add(TestData.TagList(n + 7, "Events", audience, table));
            }
        }

        var records = Enumerable.Range(1, 400).Select(i => new RecordRef(Tables[random.Next(Tables.Length)], TestData.Id(i))).ToArray();
        var addresses = Enumerable.Range(1, 150).Select(i => (i % 3) switch { 0 => $"Ada.{i}@Example.ORG", 1 => $"zoë.{i}@exämple.de", _ => $"ada.{i}@example.org" }).ToArray();
        var memberships = new List<(RecordRef Record, Guid ListId)>();
        foreach (var record in records)
        {
            var share = random.Next(10) == 0 ? 1 : 5;
            memberships.AddRange(lists.Where(list => list.MemberTable == record.Table && random.Next(share) == 0).Select(list => (record, list.ListId)));
        }

        var snapshots = records.Where(_ => random.Next(12) != 0).Select(record => TestData.Snapshot(record, random.Next(10) == 0 ? null : Vary(addresses[random.Next(addresses.Length)], random), s => s with
        {
            IsActive = random.Next(10) != 0,
            DoNotBulkEmail = random.Next(15) == 0,
            StoredStatus = random.Next(6) switch { 0 => MemberStatus.Unsubscribed, 1 => MemberStatus.Cleaned, 2 => MemberStatus.Subscribed, 3 => MemberStatus.Archived, _ => null },
            StoredDeleted = random.Next(40) == 0,
            CreatedOn = TestData.Now.AddDays(-random.Next(3)),
        })).ToArray();
        var works = records.Select((record, i) => new MemberWork
        {
            AudienceId = random.Next(3) == 0 ? TestData.OtherAudience : TestData.Audience,
            Record = record,
            RowIds = [TestData.RowId(i), TestData.RowId(random.Next(400)), TestData.RowId(i)],
            ListChanges = lists.Where(_ => random.Next(15) == 0).ToDictionary(list => list.ListId, _ => (ListChange)random.Next(3)),
            ChangedColumns = Columns.Where(_ => random.Next(4) == 0).ToArray(),
            Deleted = random.Next(15) == 0,
            FirstPreviousEmail = random.Next(5) == 0 ? Vary(addresses[random.Next(addresses.Length)], random) : null,
            LastEmail = addresses[random.Next(addresses.Length)],
        }).DistinctBy(work => (work.AudienceId, work.Record)).ToArray();
        var context = new DecisionContext(new ListMappings(lists), new MembershipIndex(memberships), new SyncOptions())
        {
            Settings = new Dictionary<string, AudienceSettings>
            {
                [TestData.Audience] = new() { AudienceId = TestData.Audience, LeaveAction = LeaveAction.Unsubscribe, Repermission = true, MergeFieldMappings = [new(TableNames.Contact, PersonFields.LastName, "fname"), new(TableNames.Lead, PersonFields.LastName, "LNAME")] },
            },
        };
        return (context, works, snapshots);
    }

    private static string Vary(string address, Random random) => random.Next(4) switch
    {
        0 => address.ToUpperInvariant(),
        1 => $"  {address} ",
        _ => address,
    };
}
