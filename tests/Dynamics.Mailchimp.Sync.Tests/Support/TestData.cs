using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Support;

/// <summary>Small, readable builders for the engine's plain inputs. Ids are deterministic per number.</summary>
internal static class TestData
{
    public const string Audience = "aud00001";
    public const string OtherAudience = "aud00002";

    public static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static RecordRef Contact(int n) => new(TableNames.Contact, Id(n));

    public static RecordRef Lead(int n) => new(TableNames.Lead, Id(n));

    public static RecordRef Account(int n) => new(TableNames.Account, Id(n));

    public static ListMapping AudienceList(int n, string audience = Audience, string table = TableNames.Contact, bool updateOnly = false) =>
        List(n, ListTarget.Audience, audience, table, updateOnly);

    public static ListMapping TagList(int n, string tag, string audience = Audience, string table = TableNames.Contact) =>
        List(n, ListTarget.Tag(tag), audience, table);

    public static ListMapping InterestList(int n, string interestId, string audience = Audience, string table = TableNames.Contact) =>
        List(n, ListTarget.Interest(interestId), audience, table);

    public static ListMapping List(int n, ListTarget? target, string audience = Audience, string table = TableNames.Contact, bool updateOnly = false, bool syncing = true) => new()
    {
        ListId = ListId(n),
        Name = $"List {n}",
        MemberTable = table,
        AudienceId = audience,
        Target = target,
        UpdateOnly = updateOnly,
        IsSyncing = syncing,
    };

    public static Guid ListId(int n) => new($"11111111-0000-0000-0000-{n:D12}");

    public static Guid RowId(int n) => new($"22222222-0000-0000-0000-{n:D12}");

    public static MembershipIndex Index(params (RecordRef Record, ListMapping List)[] memberships) =>
        new(memberships.Select(m => (m.Record, m.List.ListId)));

    public static MemberSnapshot Snapshot(RecordRef record, string? email, Func<MemberSnapshot, MemberSnapshot>? change = null)
    {
        var snapshot = new MemberSnapshot
        {
            Record = record,
            Email = email,
            CreatedOn = Now.AddDays(-record.Id.GetHashCode() % 100),
            Values = new Dictionary<string, ColumnValue>
            {
                [PersonFields.FirstName] = ColumnValue.Text("Ada"),
                [PersonFields.LastName] = ColumnValue.Text("Lovelace"),
                [AccountFields.Name] = ColumnValue.Text("Contoso"),
            },
        };
        return change is null ? snapshot : change(snapshot);
    }

    public static QueueRow MemberChanged(int row, RecordRef record, string? email, string? previousEmail = null, params string[] columns) => new()
    {
        Id = RowId(row),
        Kind = QueueRowKind.MemberChanged,
        TargetTable = record.Table,
        TargetId = record.Id,
        Email = email,
        PreviousEmail = previousEmail,
        ChangedColumns = columns.Length == 0 ? [PersonFields.FirstName] : columns,
        Sequence = row,
    };

    public static QueueRow MemberDeleted(int row, RecordRef record, string? email) => new()
    {
        Id = RowId(row),
        Kind = QueueRowKind.MemberDeleted,
        TargetTable = record.Table,
        TargetId = record.Id,
        Email = email,
        Sequence = row,
    };

    public static QueueRow Added(int row, RecordRef record, ListMapping list) => Membership(row, QueueRowKind.ListMemberAdded, record, list);

    public static QueueRow Removed(int row, RecordRef record, ListMapping list) => Membership(row, QueueRowKind.ListMemberRemoved, record, list);

    public static QueueRow AddedMany(int row, ListMapping list, params RecordRef[] records) => new()
    {
        Id = RowId(row),
        Kind = QueueRowKind.ListMembersAdded,
        TargetTable = list.MemberTable,
        ListId = list.ListId,
        MemberIds = records.Select(r => r.Id).ToArray(),
        Sequence = row,
    };

    public static QueueRow RemovedMany(int row, ListMapping list, params RecordRef[] records) =>
        AddedMany(row, list, records) with { Kind = QueueRowKind.ListMembersRemoved };

    public static QueueRow MembersChanged(int row, ListMapping list) => new()
    {
        Id = RowId(row),
        Kind = QueueRowKind.ListMembersChanged,
        TargetTable = list.MemberTable,
        ListId = list.ListId,
        Sequence = row,
    };

    public static QueueRow ListRow(int row, QueueRowKind kind, ListMapping list, params string[] columns) => new()
    {
        Id = RowId(row),
        Kind = kind,
        TargetTable = TableNames.List,
        TargetId = list.ListId,
        ListId = list.ListId,
        ChangedColumns = columns,
        Sequence = row,
    };

    /// <summary>A ListDeleted row as the plug-in writes it: the list's mapping and its captured former members.</summary>
    public static QueueRow ListDeleted(int row, ListMapping list, params RecordRef[] formerMembers) => new()
    {
        Id = RowId(row),
        Kind = QueueRowKind.ListDeleted,
        TargetTable = list.MemberTable,
        ListId = list.ListId,
        MemberIds = formerMembers.Select(r => r.Id).ToArray(),
        DeletedList = new DeletedList(list with { IsSyncing = false }, null),
        Sequence = row,
    };

    /// <summary>A ListDeleted row whose members the plug-in did not capture, because <paramref name="reason"/>.</summary>
    public static QueueRow ListDeleted(int row, ListMapping list, string reason) =>
        ListDeleted(row, list) with { DeletedList = new DeletedList(list with { IsSyncing = false }, reason) };

    private static QueueRow Membership(int row, QueueRowKind kind, RecordRef record, ListMapping list) => new()
    {
        Id = RowId(row),
        Kind = kind,
        TargetTable = record.Table,
        TargetId = record.Id,
        ListId = list.ListId,
        Sequence = row,
    };
}
