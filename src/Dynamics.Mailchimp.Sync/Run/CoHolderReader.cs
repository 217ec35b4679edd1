using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Reads who else holds a cycle's addresses (Decide's per-address merge and "another record still holds it") in two
/// parts: the addresses the rows already name (their records' addresses now, and the addresses on the rows) as soon as
/// those records are read, beside the memberships; then, after Expand, only the addresses it added (those of whole
/// lists' records). Who shares an address is read as ids (two columns a row); only the holders not read yet, usually
/// none, are then read whole, with their lists.
/// </summary>
/// <param name="reader">Dataverse reads.</param>
/// <param name="tables">The tables whose records can hold an address.</param>
/// <param name="syncing">The syncing lists (a holder read late is read with its memberships of these).</param>
internal sealed class CoHolderReader(IRecordReader reader, IReadOnlyCollection<string> tables, IReadOnlyCollection<Guid> syncing)
{
    /// <summary>Reads who holds the addresses of the rows' own records and of the rows.</summary>
    /// <param name="named">The rows' own records, as read early.</param>
    /// <param name="rows">The cycle's rows.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The addresses looked up and who holds them.</returns>
    public async Task<Holders> ReadNamedAsync(Task<IReadOnlyList<MemberSnapshot>> named, IReadOnlyList<QueueRow> rows, CancellationToken cancellationToken)
    {
        var snapshots = await named.ConfigureAwait(false);
        var addresses = CoHolderAddresses.Normalized(snapshots.Select(s => s.Email).Concat(rows.SelectMany(row => new[] { row.Email, row.PreviousEmail })));
        var holders = addresses.Count == 0 ? [] : await reader.ReadRecordsByEmailAsync(addresses, tables, cancellationToken).ConfigureAwait(false);
        return new Holders(addresses.ToHashSet(StringComparer.Ordinal), holders);
    }

    /// <summary>Adds to the works' records every other record that holds one of their addresses.</summary>
    /// <param name="works">The coalesced works.</param>
    /// <param name="changed">The works' records' snapshots.</param>
    /// <param name="early">What <see cref="ReadNamedAsync"/> found.</param>
    /// <param name="named">The rows' own records as read early, with every mapped column (else empty): their lists are already in <paramref name="memberships"/>.</param>
    /// <param name="memberships">The cycle's memberships; a holder read here adds its own.</param>
    /// <param name="mapped">The mapped columns per table.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The changed records, then the other holders of their addresses.</returns>
    public async Task<IReadOnlyList<MemberSnapshot>> AddAsync(
        IReadOnlyList<MemberWork> works,
        IReadOnlyList<MemberSnapshot> changed,
        Holders early,
        IReadOnlyList<MemberSnapshot> named,
        List<(RecordRef Record, Guid ListId)> memberships,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> mapped,
        CancellationToken cancellationToken)
    {
        var addresses = CoHolderAddresses.For(works, changed);
        if (addresses.Count == 0)
        {
            return changed;
        }

        var missing = addresses.Where(address => !early.Addresses.Contains(address)).ToArray();
        IReadOnlyList<RecordRef> holders = missing.Length == 0
            ? early.Records
            : [.. early.Records, .. await reader.ReadRecordsByEmailAsync(missing, tables, cancellationToken).ConfigureAwait(false)];
        var known = changed.Select(snapshot => snapshot.Record).ToHashSet();
        var others = holders.Where(record => !known.Contains(record)).Distinct().ToArray();
        if (others.Length == 0)
        {
            return changed;
        }

        // The early read looked up every address the rows name, also those no work has (a named record in no synced
        // list, which also matches its own address): their holders are left out by address.
        var wanted = addresses.ToHashSet(StringComparer.Ordinal);
        var readEarly = named.DistinctBy(snapshot => snapshot.Record).ToDictionary(snapshot => snapshot.Record);
        var unread = others.Where(record => !readEarly.ContainsKey(record)).ToArray();
        var readNow = unread.Length == 0 ? [] : await reader.ReadSnapshotsAsync(unread, mapped, cancellationToken).ConfigureAwait(false);
        var added = others.Where(readEarly.ContainsKey).Select(record => readEarly[record])
            .Concat(readNow.Where(snapshot => !known.Contains(snapshot.Record)))
            .Where(snapshot => snapshot.Email is { } email && wanted.Contains(SubscriberHash.Normalize(email)))
            .DistinctBy(snapshot => snapshot.Record)
            .ToArray();
        var withoutLists = added.Where(snapshot => !readEarly.ContainsKey(snapshot.Record)).Select(snapshot => snapshot.Record).ToArray();
        if (withoutLists.Length > 0)
        {
            memberships.AddRange(await reader.ReadMembershipsAsync(withoutLists, syncing, cancellationToken).ConfigureAwait(false));
        }

        return [.. changed, .. added];
    }

    /// <summary>Addresses looked up and the records that hold them.</summary>
    /// <param name="Addresses">The normalized addresses.</param>
    /// <param name="Records">Who holds one of them.</param>
    internal sealed record Holders(HashSet<string> Addresses, IReadOnlyList<RecordRef> Records);
}
