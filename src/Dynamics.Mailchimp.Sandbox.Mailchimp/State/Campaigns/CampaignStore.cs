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

    public JsonObject EmailActivity(string campaignId, DateTimeOffset? since, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var items = campaign.Recipients
                .Select(r => (Email: CurrentEmail(campaign, r.Key, r.Value.Email), Activity: campaign.Activity.Where(a => a.ContactId == r.Key && (since is null || a.Timestamp > since)).ToList()))
                .Where(r => since is null || r.Activity.Count > 0)
                .ToList();
            var json = paging.Collection("emails", items.Select(r => (JsonNode)ReportJson.EmailActivity(campaign, r.Email, r.Activity)), items.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject Unsubscribed(string campaignId, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var items = campaign.Unsubscribes.Select(u =>
            {
                var email = CurrentEmail(campaign, u.ContactId, campaign.Recipients.GetValueOrDefault(u.ContactId).Email ?? string.Empty);
                return (JsonNode)ReportJson.Unsubscribe(campaign, email, u, MemberOf(campaign, u.ContactId));
            }).ToList();
            var json = paging.Collection("unsubscribes", items, items.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject SentTo(string campaignId, Paging paging)
    {
        lock (context.Gate)
        {
            var campaign = CampaignLocked(campaignId);
            var items = campaign.Recipients.Select(r => (JsonNode)ReportJson.SentTo(
                campaign, r.Key, CurrentEmail(campaign, r.Key, r.Value.Email), r.Value.Delivery, MemberOf(campaign, r.Key))).ToList();
            var json = paging.Collection("sent_to", items, items.Count);
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

    /// <summary>The recipient's current member object, or <see langword="null"/> once deleted permanently.</summary>
    private JsonObject? MemberOf(CampaignRecord campaign, string contactId) =>
        members.BookLocked(campaign.ListId).FindByContactId(contactId) is { } member
            ? members.JsonLocked(campaign.ListId, member)
            : null;

    /// <summary>Reports follow a renamed member to its current address (history is kept across email changes).</summary>
    private string CurrentEmail(CampaignRecord campaign, string contactId, string sentTo) =>
        members.BookLocked(campaign.ListId).FindByContactId(contactId)?.EmailAddress ?? sentTo;
}
