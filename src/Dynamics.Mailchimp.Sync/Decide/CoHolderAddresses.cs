using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// What Read must look up after reading the changed records: the addresses whose other holders decide whether a member
/// stays (two records with one address are one member; a rename is dropped while the old address is still used).
/// Read returns, besides the changed records, every contact, lead and account with one of these addresses, with their
/// memberships in the index.
/// </summary>
public static class CoHolderAddresses
{
    /// <summary>The normalized addresses to match, in ordinal order.</summary>
    /// <param name="works">The coalesced works.</param>
    /// <param name="changedRecords">The snapshots of the works' records (deleted ones are missing).</param>
    /// <returns>The addresses: each record's address now, its first previous address and the last address on its rows.</returns>
    public static IReadOnlyList<string> For(IReadOnlyList<MemberWork> works, IReadOnlyList<MemberSnapshot> changedRecords)
    {
        var now = changedRecords.Select(s => s.Email);
        var before = works.SelectMany(w => new[] { w.FirstPreviousEmail, w.LastEmail });
        return Normalized(now.Concat(before));
    }

    /// <summary>The distinct non-blank addresses of <paramref name="emails"/>, normalized, in ordinal order.</summary>
    /// <param name="emails">Addresses as read (blank and null ones are left out).</param>
    /// <returns>The addresses.</returns>
    public static IReadOnlyList<string> Normalized(IEnumerable<string?> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        return emails
            .Where(email => !string.IsNullOrWhiteSpace(email))
            .Select(email => SubscriberHash.Normalize(email!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
