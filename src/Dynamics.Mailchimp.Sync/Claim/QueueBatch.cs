using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>One cycle's due rows.</summary>
/// <param name="Rows">The rows, in sequence order.</param>
/// <param name="Unreadable">Rows that could not be read (unknown kind, malformed ids): Failed, with the reason.</param>
public sealed record QueueBatch(IReadOnlyList<QueueRow> Rows, IReadOnlyList<RowOutcome> Unreadable);
