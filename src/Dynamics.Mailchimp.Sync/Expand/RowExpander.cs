using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>
/// Expand: queue rows become member events. A bulk membership row becomes one event per member; a changed or deleted
/// record fans out to every audience it syncs to. A row that expands to nothing gets its outcome here. Pure: the
/// context is read in bulk before it runs.
/// </summary>
/// <param name="context">The lists, the membership index and the options.</param>
public sealed class RowExpander(ExpandContext context)
{
    /// <summary>Expands <paramref name="rows"/>; with <see cref="SyncOptions.FullResync"/>, every synced list's members too.</summary>
    /// <param name="rows">The claimed rows, in any order.</param>
    /// <returns>The events and the outcomes of rows that expanded to nothing.</returns>
    public ExpandResult Expand(IReadOnlyList<QueueRow> rows)
    {
        var events = new List<MemberEvent>();
        var outcomes = new List<RowOutcome>();
        if (context.Options.FullResync)
        {
            events.AddRange(FullResyncExpander.Expand(context));
        }

        foreach (var row in rows.OrderBy(r => r.Sequence))
        {
            var before = events.Count;
            var reason = ExpandRow(row, events);
            if (reason is not null)
            {
                var kind = reason.Code == SkipCode.ListMisconfigured ? RowOutcomeKind.Failed : RowOutcomeKind.Skipped;
                outcomes.Add(new RowOutcome(row.Id, kind, reason));
            }
            else if (events.Count == before)
            {
                outcomes.Add(new RowOutcome(row.Id, RowOutcomeKind.Skipped, ExpandReasons.NotInSyncedList(row)));
            }
        }

        return new ExpandResult(events, outcomes);
    }

    private SkipReason? ExpandRow(QueueRow row, List<MemberEvent> events) => row.Kind switch
    {
        QueueRowKind.MemberChanged => MemberRowExpander.ExpandChanged(row, context, events),
        QueueRowKind.MemberDeleted => MemberRowExpander.ExpandDeleted(row, context, events),
        QueueRowKind.ListMemberAdded or QueueRowKind.ListMemberRemoved or QueueRowKind.ListMembersAdded or QueueRowKind.ListMembersRemoved => MembershipRowExpander.ExpandMembership(row, context, events),
        QueueRowKind.ListMembersChanged => ListRowExpander.ExpandListMembersChanged(row, context, events),
        QueueRowKind.ListChanged => ListRowExpander.ExpandListChanged(row, context, events),
        QueueRowKind.ListDeleted => ListRowExpander.ExpandListDeleted(row, context, events),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.Kind, "Unknown queue row kind."),
    };
}
