namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

/// <summary>One open, click, bounce or unsubscribe of a recipient.</summary>
/// <param name="ContactId">The member's <c>contact_id</c> (stable across email changes).</param>
/// <param name="Action">open, click, bounce or unsub.</param>
/// <param name="Timestamp">When it happened.</param>
/// <param name="Url">The clicked URL, or empty.</param>
/// <param name="Detail">The bounce type (hard/soft) or unsubscribe reason, or empty.</param>
internal sealed record ActivityRecord(string ContactId, string Action, DateTimeOffset Timestamp, string Url, string Detail);
