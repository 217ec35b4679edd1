using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Campaign reads and reports.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/campaigns/ and https://mailchimp.com/developer/marketing/api/reports/</remarks>
internal sealed partial class SandboxStore
{
    public JsonObject ListCampaigns(CampaignQuery query, Paging paging)
    {
        lock (_gate)
        {
            var matches = query.Apply(_campaigns).ToList();
            return paging.Collection("campaigns", matches.Select(c => (JsonNode)CampaignJsonLocked(c)), matches.Count);
        }
    }

    public JsonObject GetCampaign(string campaignId)
    {
        lock (_gate)
        {
            return CampaignJsonLocked(Campaign(campaignId));
        }
    }

    public JsonObject EmailActivity(string campaignId, DateTimeOffset? since, Paging paging)
    {
        lock (_gate)
        {
            var campaign = Campaign(campaignId);
            var items = campaign.Recipients
                .Select(r => (Id: r.Key, Email: CurrentEmail(campaign, r.Key, r.Value.Email), Activity: campaign.Activity.Where(a => a.UniqueEmailId == r.Key && (since is null || a.Timestamp > since)).ToList()))
                .Where(r => since is null || r.Activity.Count > 0)
                .ToList();
            var json = paging.Collection("emails", items.Select(r => (JsonNode)ReportJson.EmailActivity(campaign, r.Id, r.Email, r.Activity)), items.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject Unsubscribed(string campaignId, Paging paging)
    {
        lock (_gate)
        {
            var campaign = Campaign(campaignId);
            var audience = Audience(campaign.ListId);
            var items = campaign.Unsubscribes.Select(u =>
            {
                var member = audience.FindByUniqueId(u.UniqueEmailId);
                var email = CurrentEmail(campaign, u.UniqueEmailId, campaign.Recipients.GetValueOrDefault(u.UniqueEmailId).Email ?? string.Empty);
                return (JsonNode)ReportJson.Unsubscribe(campaign, email, u, member, audience);
            }).ToList();
            var json = paging.Collection("unsubscribes", items, items.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    public JsonObject SentTo(string campaignId, Paging paging)
    {
        lock (_gate)
        {
            var campaign = Campaign(campaignId);
            var audience = Audience(campaign.ListId);
            var items = campaign.Recipients.Select(r => (JsonNode)ReportJson.SentTo(
                campaign, r.Key, CurrentEmail(campaign, r.Key, r.Value.Email), r.Value.Delivery, audience.FindByUniqueId(r.Key), audience)).ToList();
            var json = paging.Collection("sent_to", items, items.Count);
            json["campaign_id"] = campaign.Id;
            return json;
        }
    }

    private JsonObject CampaignJsonLocked(CampaignRecord c) =>
        CampaignJson.Build(c, _audiences.GetValueOrDefault(c.ListId)?.Name ?? string.Empty);

    private CampaignRecord Campaign(string campaignId) =>
        _campaigns.FirstOrDefault(c => c.Id == campaignId) ?? throw new ResourceNotFoundException($"campaign {campaignId}");

    /// <summary>Reports follow a renamed member to its current address (history is kept across email changes).</summary>
    private string CurrentEmail(CampaignRecord campaign, string uniqueId, string sentTo) =>
        _audiences.GetValueOrDefault(campaign.ListId)?.FindByUniqueId(uniqueId)?.EmailAddress ?? sentTo;
}
