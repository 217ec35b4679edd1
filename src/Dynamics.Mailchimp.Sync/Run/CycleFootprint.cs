using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// What one cycle reads and may change: every record it read or plans for, and every address it read, names or sends
/// (normalized). Two cycles whose footprints do not overlap are independent: neither writes a record the other read,
/// and they send no member in common, so the second can be read and decided while the first is still being sent.
/// </summary>
public sealed class CycleFootprint
{
    private readonly HashSet<RecordRef> _records = [];
    private readonly HashSet<string> _addresses = new(StringComparer.Ordinal);

    private CycleFootprint()
    {
    }

    /// <summary>Gets the records.</summary>
    public IReadOnlySet<RecordRef> Records => _records;

    /// <summary>Gets the normalized addresses.</summary>
    public IReadOnlySet<string> Addresses => _addresses;

    /// <summary>The footprint of a cycle.</summary>
    /// <param name="rows">The cycle's rows.</param>
    /// <param name="inputs">What it read.</param>
    /// <param name="plans">What it decided.</param>
    /// <returns>The footprint.</returns>
    public static CycleFootprint Of(IReadOnlyList<QueueRow> rows, CycleInputs inputs, IReadOnlyList<MemberPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(plans);
        var footprint = new CycleFootprint();
        footprint._records.UnionWith(inputs.Snapshots.Select(snapshot => snapshot.Record));
        footprint._records.UnionWith(inputs.Coalesced.Works.Select(work => work.Record));
        footprint._records.UnionWith(plans.SelectMany(plan => plan.Records));
        var addresses = rows.SelectMany(row => new[] { row.Email, row.PreviousEmail })
            .Concat(inputs.Snapshots.Select(snapshot => snapshot.Email))
            .Concat(inputs.Coalesced.Works.SelectMany(work => new[] { work.FirstPreviousEmail, work.LastEmail }))
            .Concat(plans.SelectMany(plan => new[] { plan.Email, plan.Upsert?.Email, plan.Upsert?.PreviousEmail }));
        footprint._addresses.UnionWith(CoHolderAddresses.Normalized(addresses));
        return footprint;
    }

    /// <summary>Whether the two cycles share a record or an address.</summary>
    /// <param name="other">The other cycle's footprint.</param>
    /// <returns><see langword="true"/> when they do: the later must be read again once the earlier is recorded.</returns>
    public bool Overlaps(CycleFootprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _records.Overlaps(other._records) || _addresses.Overlaps(other._addresses);
    }
}
