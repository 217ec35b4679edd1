using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>Builds the event of one record from one row.</summary>
internal static class MemberEvents
{
    public static MemberEvent From(QueueRow row, RecordRef record, string audienceId, MemberEventKind kind, Guid? listId) => new()
    {
        RowId = row.Id,
        Sequence = row.Sequence,
        Record = record,
        AudienceId = audienceId,
        Kind = kind,
        ListId = listId,
        Email = kind is MemberEventKind.Changed or MemberEventKind.Deleted ? row.Email : null,
        PreviousEmail = kind == MemberEventKind.Changed ? row.PreviousEmail : null,
        ChangedColumns = kind == MemberEventKind.Changed ? row.ChangedColumns : [],
    };
}
