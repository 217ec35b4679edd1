using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>What queueing one list's corrections did.</summary>
/// <param name="List">The list.</param>
/// <param name="RowsQueued">Rows written.</param>
/// <param name="Error">Why rows were not written, naming the list; <see langword="null"/> when all were.</param>
public sealed record CorrectionResult(ListMapping List, int RowsQueued, string? Error);
