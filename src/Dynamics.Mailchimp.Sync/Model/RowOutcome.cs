namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>A queue row's outcome, decided before anything is sent.</summary>
/// <param name="RowId">The queue row.</param>
/// <param name="Kind">Skipped, superseded or failed.</param>
/// <param name="Reason">Why, naming the row or record.</param>
public sealed record RowOutcome(Guid RowId, RowOutcomeKind Kind, SkipReason Reason);
