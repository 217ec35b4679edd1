using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>
/// One Mailchimp member's inputs: the coalesced works of every record that has (or had) the address in this audience,
/// and the snapshots of every record Read found with the address (changed or not), so that two records sharing an
/// address are one member.
/// </summary>
public sealed record MemberGroup
{
    /// <summary>Gets the audience.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets the address, as written on a record; <see langword="null"/> when no record has or had one.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the address Mailchimp knows the member by, when the email changed; <see langword="null"/> otherwise.</summary>
    public string? PreviousEmail { get; init; }

    /// <summary>Gets the works of the changed records.</summary>
    public required IReadOnlyList<MemberWork> Works { get; init; }

    /// <summary>Gets the snapshots of the records with the address now (changed or not); deleted records have none.</summary>
    public IReadOnlyList<MemberSnapshot> Records { get; init; } = [];

    /// <summary>Gets the changed records Read did not find and no row says were deleted.</summary>
    public IReadOnlyList<RecordRef> Missing { get; init; } = [];

    /// <summary>Gets notes from grouping (e.g. a rename dropped because the old address is still used).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
