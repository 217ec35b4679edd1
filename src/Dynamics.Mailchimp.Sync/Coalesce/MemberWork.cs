using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Coalesce;

/// <summary>The net effect of a run's events for one record in one audience.</summary>
public sealed record MemberWork
{
    /// <summary>Gets the Mailchimp audience.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets the record.</summary>
    public required RecordRef Record { get; init; }

    /// <summary>Gets the queue rows this work settles, in sequence order (superseded rows are not among them).</summary>
    public IReadOnlyList<Guid> RowIds { get; init; } = [];

    /// <summary>Gets the net change per list, last event wins.</summary>
    public IReadOnlyDictionary<Guid, ListChange> ListChanges { get; init; } = new Dictionary<Guid, ListChange>();

    /// <summary>Gets a value indicating whether the record's data changed.</summary>
    public bool Changed { get; init; }

    /// <summary>Gets the synced columns the changes touched, in first-seen order.</summary>
    public IReadOnlyList<string> ChangedColumns { get; init; } = [];

    /// <summary>Gets a value indicating whether the record was deleted.</summary>
    public bool Deleted { get; init; }

    /// <summary>
    /// Gets the first previous email of the run: the address Mailchimp knows the member by when the email changed
    /// more than once (A→B→C updates the member known as A).
    /// </summary>
    public string? FirstPreviousEmail { get; init; }

    /// <summary>Gets the email of the last change or delete that carried one.</summary>
    public string? LastEmail { get; init; }
}
