namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>What applying one webhook event did.</summary>
public enum WebhookOutcomeKind
{
    /// <summary>The member's current status changed one or more records (and their consent log).</summary>
    Applied,

    /// <summary>The records already had the member's current status: a duplicate, or an event a later one overtook.</summary>
    NoChange,

    /// <summary>No contact, lead or account has the address (counted, as the pull counts it).</summary>
    Unmatched,

    /// <summary>Mailchimp no longer has the member (for example permanently deleted): nothing to apply.</summary>
    NotInMailchimp,

    /// <summary>No syncing list maps to the audience.</summary>
    UnmappedAudience,

    /// <summary>A campaign was sent; its activity arrives with the next pull.</summary>
    CampaignNoted,

    /// <summary>Reading or writing failed; the delivery is refused so Mailchimp sends it again.</summary>
    Failed,
}
