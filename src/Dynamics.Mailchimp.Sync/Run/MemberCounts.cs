namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>The keys of <see cref="PushSummary.Members"/>: what happened to a member.</summary>
public static class MemberCounts
{
    /// <summary>Created or updated in Mailchimp (its status as reported).</summary>
    public const string Upserted = "upserted";

    /// <summary>Unsubscribed because the CRM opted out or the list's leave action says so.</summary>
    public const string Unsubscribed = "unsubscribed";

    /// <summary>Archived: left its last audience list.</summary>
    public const string Archived = "archived";

    /// <summary>Tags added or removed.</summary>
    public const string Tagged = "tagged";

    /// <summary>Mailchimp kept the member unsubscribed although the CRM wanted it subscribed.</summary>
    public const string KeptUnsubscribed = "keptUnsubscribed";

    /// <summary>Refused for good by Mailchimp (compliance state; a forgotten address is <see cref="ErasedInMailchimp"/>).</summary>
    public const string Refused = "refused";

    /// <summary>Refused because the address was deleted permanently in Mailchimp (a GDPR erasure): final, never re-added.</summary>
    public const string ErasedInMailchimp = "erasedInMailchimp";

    /// <summary>Failed; retried on a later run.</summary>
    public const string Failed = "failed";

    /// <summary>Nothing to send (the reason is on the row).</summary>
    public const string Skipped = "skipped";

    /// <summary>Held back by the mass-removal rail.</summary>
    public const string Held = "held";

    /// <summary>Planned only (dry run).</summary>
    public const string Planned = "planned";
}
