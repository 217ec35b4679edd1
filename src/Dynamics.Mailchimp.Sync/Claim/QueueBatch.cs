using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>One cycle's due rows.</summary>
/// <param name="Rows">The rows, in sequence order.</param>
/// <param name="Unreadable">Rows that could not be read (unknown kind, malformed ids): Failed, with the reason.</param>
public sealed record QueueBatch(IReadOnlyList<QueueRow> Rows, IReadOnlyList<RowOutcome> Unreadable)
{
    /// <summary>
    /// Gets a value indicating whether a limit (rows or changes per cycle) cut the read short and more may be due: another
    /// due row was read past the limit, or the limit fell at the end of a page, where finding out would cost a call.
    /// </summary>
    public bool Full { get; init; }

    /// <summary>Gets the cursor past this batch's rows (readable or not): where the run's next cycle reads on.</summary>
    public QueueCursor Next { get; init; } = QueueCursor.Start;

    /// <summary>The member changes a row stands for: its members for a bulk membership row, otherwise one.</summary>
    /// <param name="row">The row.</param>
    /// <returns>At least one.</returns>
    public static int Changes(QueueRow row) => Math.Max(1, (row ?? throw new ArgumentNullException(nameof(row))).MemberIds.Count);
}
