namespace Dynamics.Mailchimp.Sync.Pull.Activity.Read;

/// <summary>One event of one recipient of a campaign, as it will be written.</summary>
/// <param name="CampaignId">The Mailchimp campaign id.</param>
/// <param name="MemberId">The Mailchimp member id (subscriber hash).</param>
/// <param name="EmailAddress">The recipient's address as Mailchimp reports it.</param>
/// <param name="Action">What happened.</param>
/// <param name="OccurredOn">When, whole seconds UTC.</param>
/// <param name="Url">The clicked URL, for a click.</param>
/// <param name="Detail">The unsubscribe reason, if any.</param>
public sealed record EmailEvent(string CampaignId, string MemberId, string EmailAddress, ActivityAction Action, DateTimeOffset OccurredOn, string? Url = null, string? Detail = null);
