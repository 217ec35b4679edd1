using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Support;

/// <summary>
/// A Decide test's world after the changes: the lists, who is in which list now, the records Read returns and the
/// coalesced works. <see cref="Plans"/> groups and decides like the job does.
/// </summary>
internal sealed class Scenario
{
    private readonly List<ListMapping> lists = [];
    private readonly List<(RecordRef Record, ListMapping List)> memberships = [];
    private readonly List<MemberSnapshot> snapshots = [];
    private readonly List<MemberWork> works = [];
    private readonly Dictionary<string, AudienceSettings> settings = [];
    private JourneysConsents consents = JourneysConsents.None;

    public SyncOptions Options { get; set; } = new();

    public Scenario WithLists(params ListMapping[] mappings)
    {
        lists.AddRange(mappings);
        return this;
    }

    public Scenario In(RecordRef record, params ListMapping[] mappings)
    {
        memberships.AddRange(mappings.Select(list => (record, list)));
        return this;
    }

    public Scenario WithRecord(MemberSnapshot snapshot)
    {
        snapshots.Add(snapshot);
        return this;
    }

    public Scenario WithRecord(RecordRef record, string? email, Func<MemberSnapshot, MemberSnapshot>? change = null) => WithRecord(TestData.Snapshot(record, email, change));

    public Scenario WithWork(MemberWork work)
    {
        works.Add(work);
        return this;
    }

    public Scenario WithSettings(AudienceSettings audienceSettings)
    {
        settings[audienceSettings.AudienceId] = audienceSettings;
        return this;
    }

    public Scenario WithConsents(params ContactPointConsent[] records)
    {
        consents = new JourneysConsents(records);
        return this;
    }

    public DecisionContext Context() => new(new ListMappings(lists), new MembershipIndex(memberships.Select(m => (m.Record, m.List.ListId))), Options)
    {
        Settings = settings,
        Consents = consents,
    };

    public IReadOnlyList<MemberGroup> Groups() => new MemberGrouper(Context()).Group(works, snapshots);

    public IReadOnlyList<MemberPlan> Plans()
    {
        var decider = new MemberDecider(Context());
        return Groups().Select(decider.Decide).ToArray();
    }

    public MemberPlan Plan() => Assert.Single(Plans());
}
