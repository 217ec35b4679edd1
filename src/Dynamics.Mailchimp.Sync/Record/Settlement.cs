namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>What Record writes for a run: one result per queue row, one status per record Mailchimp reported on.</summary>
/// <param name="Rows">One result per row.</param>
/// <param name="Records">The Mailchimp member id and status of each record of each confirmed (or refused, with a status) plan.</param>
public sealed record Settlement(IReadOnlyList<RowResult> Rows, IReadOnlyList<RecordStatus> Records);
