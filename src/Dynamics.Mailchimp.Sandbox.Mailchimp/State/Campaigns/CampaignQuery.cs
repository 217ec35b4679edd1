namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

/// <summary>The filters and order of <c>GET /campaigns</c>.</summary>
/// <param name="Status">Only campaigns in this status.</param>
/// <param name="SinceSendTime">Only campaigns sent after this time (exclusive: "sent after the set time").</param>
/// <param name="ListId">Only campaigns to this audience.</param>
/// <param name="SortBySendTime"><c>sort_field=send_time</c>; otherwise by create time.</param>
/// <param name="Descending"><c>sort_dir=DESC</c>.</param>
internal sealed record CampaignQuery(string? Status, DateTimeOffset? SinceSendTime, string? ListId, bool SortBySendTime = false, bool Descending = false)
{
    public IEnumerable<CampaignRecord> Apply(IEnumerable<CampaignRecord> campaigns)
    {
        var matches = campaigns
            .Where(c => Status is null || c.Status == Status)
            .Where(c => SinceSendTime is null || c.SendTime > SinceSendTime)
            .Where(c => ListId is null || c.ListId == ListId);
        Func<CampaignRecord, DateTimeOffset> key = SortBySendTime ? c => c.SendTime : c => c.CreateTime;
        return Descending
            ? matches.OrderByDescending(key).ThenByDescending(c => c.WebId)
            : matches.OrderBy(key).ThenBy(c => c.WebId);
    }
}
