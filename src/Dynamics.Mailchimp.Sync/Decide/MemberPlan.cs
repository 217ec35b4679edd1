using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// What the run does to one Mailchimp member (one address in one audience): an upsert and tag changes, a removal, or a
/// skip with its reason. Immutable; the rows it settles and the records it concerns travel with it.
/// </summary>
public sealed record MemberPlan
{
    /// <summary>Gets the audience.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets the address the plan is about; <see langword="null"/> when no record has one.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the queue rows the plan settles.</summary>
    public IReadOnlyList<Guid> RowIds { get; init; } = [];

    /// <summary>Gets the records behind the member (their Mailchimp id and status are written back).</summary>
    public IReadOnlyList<RecordRef> Records { get; init; } = [];

    /// <summary>Gets the upsert, or <see langword="null"/>.</summary>
    public UpsertPlan? Upsert { get; init; }

    /// <summary>Gets the tags to add.</summary>
    public IReadOnlyList<string> TagsToAdd { get; init; } = [];

    /// <summary>Gets the tags to remove.</summary>
    public IReadOnlyList<string> TagsToRemove { get; init; } = [];

    /// <summary>Gets the removal from the audience, or <see langword="null"/>.</summary>
    public Removal? Removal { get; init; }

    /// <summary>Gets why nothing is sent, or <see langword="null"/>.</summary>
    public SkipReason? Skip { get; init; }

    /// <summary>Gets why the plan is held back this run (the mass-removal rail); its rows stay pending.</summary>
    public SkipReason? Held { get; init; }

    /// <summary>Gets notes for the run summary (e.g. two records sharing the address).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets a value indicating whether the plan sends anything.</summary>
    public bool IsSent => Skip is null && Held is null && (Upsert is not null || Removal is not null || TagsToAdd.Count > 0 || TagsToRemove.Count > 0);
}
