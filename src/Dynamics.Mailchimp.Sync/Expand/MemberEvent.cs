using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>One record's change in one audience, from one queue row (or from a full resync, with no row).</summary>
public sealed record MemberEvent
{
    /// <summary>Gets the queue row; <see langword="null"/> for a full resync.</summary>
    public Guid? RowId { get; init; }

    /// <summary>Gets the row's place in the total order; full-resync events come first.</summary>
    public required long Sequence { get; init; }

    /// <summary>Gets the record.</summary>
    public required RecordRef Record { get; init; }

    /// <summary>Gets the Mailchimp audience.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets what happened.</summary>
    public required MemberEventKind Kind { get; init; }

    /// <summary>Gets the list joined, left or re-evaluated.</summary>
    public Guid? ListId { get; init; }

    /// <summary>Gets the email the row carries (changed and deleted records).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the email before the change, when the row replaced or cleared it.</summary>
    public string? PreviousEmail { get; init; }

    /// <summary>Gets the synced columns the change touched.</summary>
    public IReadOnlyList<string> ChangedColumns { get; init; } = [];
}
