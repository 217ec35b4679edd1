namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Why a row or a member was not sent; with <see cref="SkipReason.Text"/> it lands on the queue row.</summary>
public enum SkipCode
{
    /// <summary>The row's list does not sync (sync off, list inactive, or unknown).</summary>
    ListNotSynced,

    /// <summary>The list's connector columns are incomplete (no audience, no tag name…).</summary>
    ListMisconfigured,

    /// <summary>The record is in no syncing list.</summary>
    NotInSyncedList,

    /// <summary>The record's kind (contact, lead, account) is switched off, or the table is not a member table.</summary>
    KindDisabled,

    /// <summary>A bulk membership row carries no member ids.</summary>
    NoMembers,

    /// <summary>A list's settings changed; its members are re-evaluated only by <c>sync --full</c>.</summary>
    ListNeedsFullResync,

    /// <summary>A list was deleted and its mapping and former members are unknown; nobody was removed.</summary>
    DeletedListUnknown,

    /// <summary>The record no longer exists in Dynamics (its delete has its own row).</summary>
    RecordNotFound,

    /// <summary>The record has no email now and none before.</summary>
    NoEmail,

    /// <summary>The email is not an address Mailchimp can accept.</summary>
    InvalidEmail,

    /// <summary>The member is unsubscribed or cleaned in Mailchimp; the job never re-subscribes.</summary>
    NeverResubscribe,

    /// <summary>Mailchimp refused the address as permanently deleted (the records store Deleted): it cannot be re-imported.</summary>
    DeletedInMailchimp,

    /// <summary>The record opted out in Dataverse and is already out in Mailchimp, or was never sent.</summary>
    AlreadyOptedOut,

    /// <summary>The address opted out of the audience's Customer Insights – Journeys purpose (or topic): it is not sent.</summary>
    JourneysOptedOut,

    /// <summary>A later queue row of the same record replaces the row's effect.</summary>
    Superseded,

    /// <summary>The run would remove more of the audience than the rail allows; the removal is held, not done.</summary>
    MassRemovalHeld,

    /// <summary>The queue row cannot be read (unknown kind, malformed ids): it fails, naming the column.</summary>
    UnreadableRow,
}
