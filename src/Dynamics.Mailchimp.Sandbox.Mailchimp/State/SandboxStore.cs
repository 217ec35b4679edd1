using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>The sandbox's in-memory Mailchimp account. Every public method takes the one lock and returns JSON snapshots.</summary>
internal sealed partial class SandboxStore
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<SandboxAudienceSeed> _seeds;
    private readonly Dictionary<string, AudienceState> _audiences = new(StringComparer.Ordinal);
    private readonly List<CampaignRecord> _campaigns = [];
    private long _counter;

    public SandboxStore(TimeProvider time, IEnumerable<SandboxAudienceSeed> seeds)
    {
        _time = time;
        _seeds = [.. seeds];
        Reset();
    }

    /// <summary>Drops all data and re-creates the seeded audiences.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _audiences.Clear();
            _campaigns.Clear();
            _counter = 0;
            foreach (var seed in _seeds)
            {
                var audience = new AudienceState { Id = seed.Id, WebId = Next(), Name = seed.Name, DateCreated = Now() };
                DefaultMergeFields.AddTo(audience);
                _audiences[audience.Id] = audience;
            }
        }
    }

    public JsonObject ListAudiences(Paging paging)
    {
        lock (_gate)
        {
            var all = _audiences.Values.OrderBy(a => a.WebId).ToList();
            return paging.Collection("lists", all.Select(a => (JsonNode)ListJson.Build(a, CampaignCount(a.Id))), all.Count);
        }
    }

    public JsonObject GetAudienceJson(string listId)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            return ListJson.Build(audience, CampaignCount(audience.Id));
        }
    }

    private int CampaignCount(string listId) => _campaigns.Count(c => c.ListId == listId);

    private AudienceState Audience(string listId) =>
        _audiences.TryGetValue(listId, out var audience) ? audience : throw new ResourceNotFoundException($"list {listId}");

    private MemberRecord Member(AudienceState audience, string hashOrEmail) =>
        audience.Members.TryGetValue(SubscriberHash.Resolve(hashOrEmail), out var member)
            ? member
            : throw new ResourceNotFoundException($"member {hashOrEmail} of list {audience.Id}");

    private DateTimeOffset Now() => Timestamps.Truncate(_time.GetUtcNow());

    private long Next() => ++_counter;

    private string NextHex(string kind, int length)
    {
#pragma warning disable CA5351 // Deterministic ids only.
        var digest = MD5.HashData(Encoding.UTF8.GetBytes($"{kind}:{Next()}"));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest)[..length];
    }
}
