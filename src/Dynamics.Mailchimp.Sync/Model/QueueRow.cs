using System.Globalization;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// One <c>dmc_syncqueueitem</c> row as the job reads it: immutable, the plug-in's <c>QueueItem</c> plus the row id,
/// its place in the total order and its tries so far.
/// </summary>
public sealed record QueueRow
{
    /// <summary>Gets the row id (<c>dmc_syncqueueitemid</c>).</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets what the row records.</summary>
    public required QueueRowKind Kind { get; init; }

    /// <summary>Gets the changed record's table; for membership rows the list's member type; for list rows <c>list</c>.</summary>
    public required string TargetTable { get; init; }

    /// <summary>Gets the changed record's id; <see langword="null"/> for a bulk membership row.</summary>
    public Guid? TargetId { get; init; }

    /// <summary>Gets the marketing list, for membership and list rows.</summary>
    public Guid? ListId { get; init; }

    /// <summary>Gets the email at the time of the change.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the email before the change, when it was replaced or cleared.</summary>
    public string? PreviousEmail { get; init; }

    /// <summary>Gets the synced columns the change touched.</summary>
    public IReadOnlyList<string> ChangedColumns { get; init; } = [];

    /// <summary>Gets the members of a bulk membership row.</summary>
    public IReadOnlyList<Guid> MemberIds { get; init; } = [];

    /// <summary>Gets the deleted list a ListDeleted row describes (its mapping from the plug-in); <see langword="null"/> for other rows and for rows queued before rows carried it.</summary>
    public DeletedList? DeletedList { get; init; }

    /// <summary>Gets the total order (<c>dmc_sequence</c>): a later change has a larger sequence.</summary>
    public required long Sequence { get; init; }

    /// <summary>Gets the tries so far.</summary>
    public int Attempts { get; init; }

    /// <summary>"queue row 1a2b… (ListMemberAdded contact 6f1c… on list 9d8e…)": how reasons name a row.</summary>
    /// <returns>The row and what it records.</returns>
    public string Describe()
    {
        var subject = MemberIds.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{MemberIds.Count} {TargetTable} records")
            : TargetId is null ? $"{TargetTable} records"
            : string.Create(CultureInfo.InvariantCulture, $"{TargetTable} {TargetId:D}");
        var list = ListId is { } listId && Kind != QueueRowKind.ListChanged && TargetTable != TableNames.List
            ? string.Create(CultureInfo.InvariantCulture, $" on list {listId:D}")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"queue row {Id:D} ({Kind} {subject}{list})");
    }
}
