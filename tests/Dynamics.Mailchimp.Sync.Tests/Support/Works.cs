using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Support;

/// <summary>Coalesced works as Coalesce would give them, for Decide tests.</summary>
internal static class Works
{
    public static MemberWork Joined(RecordRef record, ListMapping list, int row = 1) => Of(record, list, ListChange.Joined, row);

    public static MemberWork Left(RecordRef record, ListMapping list, int row = 1) => Of(record, list, ListChange.Left, row);

    public static MemberWork Reevaluated(RecordRef record, ListMapping list) => new()
    {
        AudienceId = list.AudienceId,
        Record = record,
        ListChanges = new Dictionary<Guid, ListChange> { [list.ListId] = ListChange.Reevaluated },
    };

    public static MemberWork Changed(RecordRef record, string? email, string? previousEmail = null, string[]? columns = null, int row = 1, string audience = TestData.Audience) => new()
    {
        AudienceId = audience,
        Record = record,
        RowIds = [TestData.RowId(row)],
        Changed = true,
        ChangedColumns = columns ?? [PersonFields.FirstName],
        FirstPreviousEmail = previousEmail,
        LastEmail = email,
    };

    public static MemberWork Deleted(RecordRef record, string? email, int row = 1, string audience = TestData.Audience) => new()
    {
        AudienceId = audience,
        Record = record,
        RowIds = [TestData.RowId(row)],
        Deleted = true,
        LastEmail = email,
    };

    private static MemberWork Of(RecordRef record, ListMapping list, ListChange change, int row) => new()
    {
        AudienceId = list.AudienceId,
        Record = record,
        RowIds = [TestData.RowId(row)],
        ListChanges = new Dictionary<Guid, ListChange> { [list.ListId] = change },
    };
}
