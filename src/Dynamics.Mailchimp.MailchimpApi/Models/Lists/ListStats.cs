namespace Dynamics.Mailchimp.MailchimpApi.Models.Lists;

/// <summary>Counters of an audience.</summary>
public sealed record ListStats
{
    /// <summary>Gets the number of subscribed members.</summary>
    public int MemberCount { get; init; }

    /// <summary>Gets the number of unsubscribed members.</summary>
    public int UnsubscribeCount { get; init; }

    /// <summary>Gets the number of cleaned (bounced) members.</summary>
    public int CleanedCount { get; init; }
}
