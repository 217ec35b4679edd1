using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Simulation;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>
/// The sandbox's in-memory Mailchimp account, composed of one store per concern (audiences, members, tags,
/// definitions, campaigns, webhooks) that share one lock and one clock. Every public store method takes the lock and returns JSON snapshots.
/// </summary>
internal sealed class SandboxStore
{
    private readonly StoreContext _context;
    private readonly IReadOnlyList<SandboxAudienceSeed> _seeds;

    public SandboxStore(TimeProvider time, IEnumerable<SandboxAudienceSeed> seeds, WebhookDispatcher dispatcher)
    {
        _context = new StoreContext(time);
        _seeds = [.. seeds];
        Definitions = new DefinitionStore(_context);
        Tags = new TagStore(_context);
        Webhooks = new WebhookStore(_context, Definitions);
        var publisher = new WebhookPublisher(_context, Webhooks, Definitions, dispatcher);
        var rules = new MemberRules(_context, Definitions, Tags);
        Members = new MemberStore(_context, Definitions, Tags, rules, publisher);
        Batch = new BatchSubscriber(_context, Members, rules, Tags, publisher);
        MemberTags = new MemberTags(_context, Members, Tags);
        SegmentMembers = new SegmentMembers(_context, Members, Tags);
        Campaigns = new CampaignStore(_context, Members);
        Audiences = new AudienceStore(_context, Members, Definitions, Campaigns);
        Simulation = new ContactSimulation(_context, Audiences, Members, rules, Campaigns, publisher);
        Edits = new ContactEdits(_context, Members, rules, publisher);
        Reset();
    }

    public AudienceStore Audiences { get; }

    public MemberStore Members { get; }

    public BatchSubscriber Batch { get; }

    public MemberTags MemberTags { get; }

    public TagStore Tags { get; }

    public SegmentMembers SegmentMembers { get; }

    public DefinitionStore Definitions { get; }

    public CampaignStore Campaigns { get; }

    public ContactSimulation Simulation { get; }

    public ContactEdits Edits { get; }

    public WebhookStore Webhooks { get; }

    /// <summary>Drops all data and re-creates the seeded audiences.</summary>
    public void Reset()
    {
        lock (_context.Gate)
        {
            _context.ResetIds();
            Audiences.ResetLocked(_seeds);
            var listIds = _seeds.Select(s => s.Id).ToList();
            Definitions.ResetLocked(listIds);
            Members.ResetLocked(listIds);
            Tags.ResetLocked(listIds);
            Campaigns.ResetLocked();
            Webhooks.ResetLocked();
        }
    }
}
