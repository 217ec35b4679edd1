using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;

/// <summary>The audiences (lists) of the account, with the statistics of <c>GET /lists</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/lists/</remarks>
internal sealed class AudienceStore(StoreContext context, MemberStore members, DefinitionStore definitions, CampaignStore campaigns)
{
    private readonly Dictionary<string, AudienceRecord> _audiences = new(StringComparer.Ordinal);

    /// <summary>Re-creates the seeded audiences; called under the lock by a reset.</summary>
    public void ResetLocked(IEnumerable<SandboxAudienceSeed> seeds)
    {
        _audiences.Clear();
        foreach (var seed in seeds)
        {
            _audiences[seed.Id] = new AudienceRecord(seed.Id, context.Next(), seed.Name, context.Now());
        }
    }

    public JsonObject ListAudiences(Paging paging)
    {
        lock (context.Gate)
        {
            var all = _audiences.Values.OrderBy(a => a.WebId).ToList();
            return paging.Collection("lists", all.Select(a => (JsonNode)JsonLocked(a)), all.Count);
        }
    }

    public JsonObject GetAudienceJson(string listId)
    {
        lock (context.Gate)
        {
            return JsonLocked(AudienceLocked(listId));
        }
    }

    public AudienceRecord AudienceLocked(string listId) =>
        _audiences.TryGetValue(listId, out var audience) ? audience : throw new ResourceNotFoundException($"list {listId}");

    private JsonObject JsonLocked(AudienceRecord audience)
    {
        var book = members.BookLocked(audience.Id);
        return ListJson.Build(
            audience,
            status => book.ByHash.Values.Count(m => m.Status == status),
            definitions.SetLocked(audience.Id).MergeFields.Count,
            campaigns.CountLocked(audience.Id));
    }
}
