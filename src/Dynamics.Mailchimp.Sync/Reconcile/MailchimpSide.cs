namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// A list's Mailchimp side, held by address (case-insensitive, as Mailchimp's subscriber hash is): the only side the
/// diff keeps in memory. Archived members are not members and are left out by the reader.
/// </summary>
public sealed class MailchimpSide
{
    private readonly Dictionary<string, Entry> members = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the number of members.</summary>
    public int Count => members.Count;

    /// <summary>Adds a member; a second one with the same address replaces the first.</summary>
    /// <param name="member">The member.</param>
    public void Add(MailchimpMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        members[member.Email.Trim()] = new Entry(member);
    }

    /// <summary>The member with <paramref name="email"/>, marked as seen on the CRM side; null when Mailchimp has none.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The member, or <see langword="null"/>.</returns>
    public MailchimpMember? See(string email)
    {
        if (!members.TryGetValue(email.Trim(), out var entry))
        {
            return null;
        }

        entry.Seen = true;
        return entry.Member;
    }

    /// <summary>The members no CRM record was seen with, in address order.</summary>
    /// <returns>The members.</returns>
    public IReadOnlyList<MailchimpMember> Unseen() =>
        members.Values.Where(entry => !entry.Seen).Select(entry => entry.Member).OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase).ToArray();

    private sealed class Entry(MailchimpMember member)
    {
        public MailchimpMember Member { get; } = member;

        public bool Seen { get; set; }
    }
}
