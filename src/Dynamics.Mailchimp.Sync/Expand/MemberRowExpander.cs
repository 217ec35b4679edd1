using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>Expands the rows of a changed or deleted contact, lead or account.</summary>
internal static class MemberRowExpander
{
    /// <summary>A changed record fans out to every audience of the syncing lists it is in now.</summary>
    /// <param name="row">A MemberChanged row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    public static SkipReason? ExpandChanged(QueueRow row, ExpandContext context, List<MemberEvent> events)
    {
        if (!context.Options.IsEnabled(row.TargetTable) || row.TargetId is not { } id)
        {
            return ExpandReasons.KindDisabled(row);
        }

        var record = new RecordRef(row.TargetTable, id);
        var audiences = context.Index.ListsOf(record)
            .Select(context.Lists.FindSyncing)
            .OfType<ListMapping>()
            .Select(list => list.AudienceId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        events.AddRange(audiences.Select(audience => MemberEvents.From(row, record, audience, MemberEventKind.Changed, null)));
        return null;
    }

    /// <summary>A deleted record goes to every audience with a syncing list of its table.</summary>
    /// <param name="row">A MemberDeleted row.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <param name="events">Receives the events.</param>
    /// <returns>Why the row expands to nothing, or <see langword="null"/>.</returns>
    /// <remarks>
    /// Dataverse deletes a record's memberships with it, so the lists it was in are unknown: the event goes to every
    /// audience with a syncing list of the record's table, and Decide removes it from those lists' tags and interests
    /// and (if one maps to the whole audience) from the audience, unless another record still holds the address.
    /// </remarks>
    public static SkipReason? ExpandDeleted(QueueRow row, ExpandContext context, List<MemberEvent> events)
    {
        if (!context.Options.IsEnabled(row.TargetTable) || row.TargetId is not { } id)
        {
            return ExpandReasons.KindDisabled(row);
        }

        var record = new RecordRef(row.TargetTable, id);
        var audiences = context.Lists.Syncing
            .Where(list => list.MemberTable == row.TargetTable)
            .Select(list => list.AudienceId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        events.AddRange(audiences.Select(audience => MemberEvents.From(row, record, audience, MemberEventKind.Deleted, null)));
        return null;
    }
}
