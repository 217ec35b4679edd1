using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

/// <summary>Sent campaigns and their reports; recipients are named by <c>contact_id</c>, so reports follow a member's email change.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/campaigns/ and https://mailchimp.com/developer/marketing/api/reports/</remarks>
internal sealed class CampaignStore(StoreContext context, MemberStore members)
{
    private readonly List<CampaignRecord> _campaigns = [];

    /// <summary>Drops every campaign; called under the lock by a reset.</summary>
    public void ResetLocked() => _campaigns.Clear();

    public JsonObject ListCampaigns(CampaignQuery query, Paging paging)
    {
        lock (context.Gate)
        {
            var matches = query.Apply(_campaigns).ToList();
            return paging.Collection("campaigns", matches.Select(c => (JsonNode)CampaignJson.Build(c, c.ListName)), matches.Count);
        }
    }

    public JsonObject GetCampaign(string campaignId)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            return CampaignJson.Build(campaign, campaign.ListName);
        }
    }

    /// <summary>
    /// One page of recipients with their activity; with <paramref name="since"/>, only recipients with activity after it.
    /// Only the page's items are built, and activity and members are indexed once per request, so a page costs the same
    /// whatever its offset.
    /// </summary>
    public JsonObject EmailActivity(string campaignId, DateTimeOffset? since, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var members = MembersLocked(campaign);
            var activity = campaign.Activity.Where(a => since is null || a.Timestamp > since).ToLookup(a => a.ContactId, StringComparer.Ordinal);
            var recipients = campaign.Recipients.Where(r => since is null || activity.Contains(r.Key)).ToList();
            var items = recipients.Select(r => (JsonNode)ReportJson.EmailActivity(campaign, members.GetValueOrDefault(r.Key)?.EmailAddress ?? r.Value.Email, activity[r.Key]));
            var json = paging.Collection("emails", items, recipients.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject Unsubscribed(string campaignId, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var members = MembersLocked(campaign);
            var items = campaign.Unsubscribes.Select(u =>
            {
                var member = members.GetValueOrDefault(u.ContactId);
                var email = member?.EmailAddress ?? campaign.Recipients.GetValueOrDefault(u.ContactId).Email ?? string.Empty;
                return (JsonNode)ReportJson.Unsubscribe(campaign, email, u, MemberJson(campaign, member));
            });
            var json = paging.Collection("unsubscribes", items, campaign.Unsubscribes.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject SentTo(string campaignId, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var members = MembersLocked(campaign);
            var items = campaign.Recipients.Select(r =>
            {
                var member = members.GetValueOrDefault(r.Key);
                return (JsonNode)ReportJson.SentTo(campaign, r.Key, member?.EmailAddress ?? r.Value.Email, r.Value.Delivery, MemberJson(campaign, member));
            });
            var json = paging.Collection("sent_to", items, campaign.Recipients.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public void AddLocked(CampaignRecord campaign) => _campaigns.Add(campaign);

    public int CountLocked(string listId) => _campaigns.Count(c => c.ListId == listId);

    public CampaignRecord CampaignLocked(string campaignId) =>
        _campaigns.FirstOrDefault(c => c.Id == campaignId) ?? throw new ResourceNotFoundException($"campaign {campaignId}");

    /// <summary>The campaign named, or else the latest one the member received.</summary>
    public CampaignRecord? CampaignForLocked(MemberRecord member, string? campaignId) =>
        campaignId is not null
            ? CampaignLocked(campaignId)
            : _campaigns.LastOrDefault(c => c.Recipients.ContainsKey(member.ContactId));

    /// <summary>
    /// The audience's members by <c>contact_id</c>: reports follow a renamed member to its current address (history is
    /// kept across email changes); a member deleted permanently is absent.
    /// </summary>
    private Dictionary<string, MemberRecord> MembersLocked(CampaignRecord campaign)
    {
        var byContact = new Dictionary<string, MemberRecord>(StringComparer.Ordinal);
        foreach (var member in members.BookLocked(campaign.ListId).ByHash.Values)
        {
            byContact.TryAdd(member.ContactId, member);
        }

        return byContact;
    }

    /// <summary>The recipient's current member object, or <see langword="null"/> once deleted permanently.</summary>
    private JsonObject? MemberJson(CampaignRecord campaign, MemberRecord? member) =>
        member is null ? null : members.JsonLocked(campaign.ListId, member);
}
