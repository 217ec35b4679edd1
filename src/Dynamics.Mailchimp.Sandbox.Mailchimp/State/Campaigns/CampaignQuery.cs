namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

/// <summary>The filters of <c>GET /campaigns</c>.</summary>
internal sealed record CampaignQuery(string? Status, DateTimeOffset? SinceSendTime, string? ListId)
{
    public IEnumerable<CampaignRecord> Apply(IEnumerable<CampaignRecord> campaigns) => campaigns
        .Where(c => Status is null || c.Status == Status)
        .Where(c => SinceSendTime is null || c.SendTime > SinceSendTime)
        .Where(c => ListId is null || c.ListId == ListId)
        .OrderBy(c => c.CreateTime)
        .ThenBy(c => c.WebId);
}
