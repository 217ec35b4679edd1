namespace Dynamics.Mailchimp.Sync.Pull.Run;

/// <summary>The keys of <see cref="PullSummary.Counts"/>, as <c>--json</c> prints them under <c>pulled</c>.</summary>
public static class PullCounts
{
    /// <summary>
    /// Member reports read since the checkpoint. Each page starts again at the last <c>last_changed</c> second seen, so a
    /// member changed in that second is read, and counted, again: after a push of thousands in a few seconds this can
    /// exceed the audience's size.
    /// </summary>
    public const string Members = "members";

    /// <summary>
    /// Distinct members read (audience and member id), whatever the boundary re-reads: how many people changed in
    /// Mailchimp since the checkpoint. A member changed twice during the run counts once.
    /// </summary>
    public const string DistinctMembers = "distinctMembers";

    /// <summary>Records set to unsubscribed.</summary>
    public const string Unsubscribed = "unsubscribed";

    /// <summary>Records set to cleaned.</summary>
    public const string Cleaned = "cleaned";

    /// <summary>Records subscribed again.</summary>
    public const string Resubscribed = "resubscribed";

    /// <summary>Records set to archived.</summary>
    public const string Archived = "archived";

    /// <summary>Records whose stored status changed otherwise.</summary>
    public const string StatusOnly = "statusOnly";

    /// <summary>Memberships of static lists removed.</summary>
    public const string ListsLeft = "listsLeft";

    /// <summary>Consent log rows written.</summary>
    public const string ConsentEvents = "consentEvents";

    /// <summary>Members no contact, lead or account stands for (those turned into leads included).</summary>
    public const string Unmatched = "unmatched";

    /// <summary>Leads created for unmatched subscribed members (<see cref="PullOptions.CreateLeadsForUnmatched"/>).</summary>
    public const string LeadsCreated = "leadsCreated";

    /// <summary>Records whose change was not written (retried on the next run: the checkpoint stays before them).</summary>
    public const string Failed = "failed";

    /// <summary>Every key, in the order reports print them.</summary>
    public static readonly IReadOnlyList<string> All = [Members, DistinctMembers, Unsubscribed, Cleaned, Resubscribed, Archived, StatusOnly, ListsLeft, ConsentEvents, Unmatched, LeadsCreated, Failed];
}
