using Dynamics.Mailchimp.Sync.Expand;

namespace Dynamics.Mailchimp.Sync.Coalesce;

/// <summary>
/// When a later event of the same (audience, record) makes an earlier one redundant: the later row, replayed on its own
/// against the current data, gives the same result. A join or leave of a list is replaced by a later join or leave of
/// that list or a delete; a data change by a later data change or a delete. An email change is never replaced (it
/// carries the address Mailchimp knows the member by), nor is a delete.
/// </summary>
public static class Supersession
{
    /// <summary>Whether <paramref name="later"/> replaces <paramref name="earlier"/> (same audience and record).</summary>
    /// <param name="earlier">The earlier event.</param>
    /// <param name="later">The later event.</param>
    /// <returns>True when the earlier event's effect is fully replaced.</returns>
    public static bool Replaces(MemberEvent earlier, MemberEvent later)
    {
        if (later.Sequence <= earlier.Sequence || later.RowId is null)
        {
            return false;
        }

        return earlier.Kind switch
        {
            MemberEventKind.Joined or MemberEventKind.Left => later.Kind == MemberEventKind.Deleted
                || (later.Kind is MemberEventKind.Joined or MemberEventKind.Left && later.ListId == earlier.ListId),
            MemberEventKind.Changed => earlier.PreviousEmail is null && later.Kind is MemberEventKind.Changed or MemberEventKind.Deleted,
            _ => false,
        };
    }
}
