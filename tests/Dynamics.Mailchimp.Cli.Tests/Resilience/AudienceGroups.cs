namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>Which bulk contacts <see cref="QueuedAudience"/> set up how, by address, while it queues the changes.</summary>
internal sealed class AudienceGroups
{
    /// <summary>Initializes a new instance of the <see cref="AudienceGroups"/> class: every contact keeps its seeded last name.</summary>
    /// <param name="emails">The bulk contacts' addresses; <c>bulk00001@…</c> is named <c>Bulk 00001</c>.</param>
    public AudienceGroups(IEnumerable<string> emails) =>
        LastNames = emails.ToDictionary(email => email, email => email[4..9], StringComparer.Ordinal);

    /// <summary>Gets the addresses opted out in Dynamics and never synced.</summary>
    public HashSet<string> CrmOptOuts { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the addresses unsubscribed in Mailchimp beforehand.</summary>
    public HashSet<string> MailchimpUnsubscribed { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the addresses synced earlier, then opted out in Dynamics.</summary>
    public HashSet<string> SyncedOptOuts { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets each contact's last name after every queued change.</summary>
    public Dictionary<string, string> LastNames { get; }
}
