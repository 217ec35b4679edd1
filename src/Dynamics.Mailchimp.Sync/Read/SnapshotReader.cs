using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Reads contacts, leads and accounts into <see cref="MemberSnapshot"/>s: by id or by email (Dataverse compares text
/// case-insensitively), chunked into <c>$batch</c> calls, with formatted values for the mapped columns.
/// </summary>
/// <param name="fetcher">Runs the chunked queries.</param>
internal sealed class SnapshotReader(BulkFetcher fetcher)
{
    private const int Active = 0;

    public async Task<IReadOnlyList<MemberSnapshot>> ReadByIdAsync(
        IReadOnlyCollection<RecordRef> records, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        var queries = new List<(string, string)>();
        var profiles = new List<MemberProfile>();
        foreach (var group in records.GroupBy(r => r.Table, StringComparer.Ordinal))
        {
            var profile = MemberProfile.Find(group.Key) ?? throw new ArgumentException($"{group.First()} is not a {MemberProfile.Describe()} record.", nameof(records));
            var query = Query(profile, mappedColumns);
            queries.AddRange(query.Chunk(ReadNames.PrimaryKey(profile.Table), group.Select(r => r.Id).Distinct().Select(JsonRows.IdText).ToArray()).Select(xml => (query.EntitySet, xml)));
            profiles.Add(profile);
        }

        return await FetchAsync(queries, profiles, mappedColumns, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ids of the records of <paramref name="tables"/> whose email is one of <paramref name="emails"/> (case-insensitively, trimmed): a query of two columns.</summary>
    /// <param name="emails">The addresses.</param>
    /// <param name="tables">The member tables to look in.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records, each once.</returns>
    public async Task<IReadOnlyList<RecordRef>> ReadIdsByEmailAsync(IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var addresses = Addresses(emails);
        var wanted = addresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queries = new List<(string EntitySet, string FetchXml)>();
        var tableOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            var profile = MemberProfile.Find(table) ?? throw new ArgumentException($"'{table}' is not one of {MemberProfile.Describe()}.", nameof(tables));
            var query = new FetchQuery(profile.Table, [ReadNames.PrimaryKey(profile.Table), MemberFields.EmailAddress1]);
            queries.AddRange(query.Chunk(MemberFields.EmailAddress1, addresses).Select(xml => (query.EntitySet, xml)));
            tableOf[query.EntitySet] = profile.Table;
        }

        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => (Table: tableOf[queries[r.Query].EntitySet], r.Row))
            .Where(r => JsonRows.Text(r.Row, MemberFields.EmailAddress1)?.Trim() is { } email && wanted.Contains(email))
            .Select(r => new RecordRef(r.Table, JsonRows.Id(r.Row, ReadNames.PrimaryKey(r.Table)) ?? throw new RecordReadException($"A {r.Table} row has no {ReadNames.PrimaryKey(r.Table)}.")))
            .Distinct()
            .ToArray();
    }

    public async Task<IReadOnlyList<MemberSnapshot>> ReadByEmailAsync(
        IReadOnlyCollection<string> emails, IReadOnlyCollection<string> tables, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        var addresses = Addresses(emails);
        var wanted = addresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queries = new List<(string, string)>();
        var profiles = new List<MemberProfile>();
        foreach (var table in tables.Distinct(StringComparer.Ordinal))
        {
            var profile = MemberProfile.Find(table) ?? throw new ArgumentException($"'{table}' is not one of {MemberProfile.Describe()}.", nameof(tables));
            var query = Query(profile, mappedColumns);
            queries.AddRange(query.Chunk(MemberFields.EmailAddress1, addresses).Select(xml => (query.EntitySet, xml)));
            profiles.Add(profile);
        }

        var snapshots = await FetchAsync(queries, profiles, mappedColumns, cancellationToken).ConfigureAwait(false);
        return snapshots.Where(s => s.Email is not null && wanted.Contains(s.Email)).ToArray();
    }

    // The addresses asked for, trimmed, each once (case-insensitively, as Dataverse compares text).
    private static string[] Addresses(IReadOnlyCollection<string> emails) =>
        emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static FetchQuery Query(MemberProfile profile, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns) => new(profile.Table, Columns(profile, mappedColumns));

    /// <summary>The columns a snapshot of <paramref name="profile"/>'s table is read with.</summary>
    /// <param name="profile">The table.</param>
    /// <param name="mappedColumns">The merge-field mappings' columns, per table.</param>
    /// <returns>The columns.</returns>
    public static string[] Columns(MemberProfile profile, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns) =>
        [ReadNames.PrimaryKey(profile.Table), .. profile.SyncedColumns(Mapped(profile, mappedColumns)), MemberFields.MailchimpMemberId, MemberFields.MailchimpStatus, ReadNames.CreatedOn];

    /// <summary>The merge-field mappings' columns of <paramref name="profile"/>'s table.</summary>
    /// <param name="profile">The table.</param>
    /// <param name="mappedColumns">The columns, per table.</param>
    /// <returns>The columns.</returns>
    public static IReadOnlyCollection<string> Mapped(MemberProfile profile, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns) =>
        mappedColumns.TryGetValue(profile.Table, out var columns) ? columns : [];

    private async Task<IReadOnlyList<MemberSnapshot>> FetchAsync(
        List<(string EntitySet, string FetchXml)> queries, List<MemberProfile> profiles, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken)
    {
        var rows = await fetcher.FetchAsync(queries, cancellationToken).ConfigureAwait(false);
        var bySet = profiles.ToDictionary(p => ReadNames.EntitySet(p.Table), p => new SnapshotColumns(p, Mapped(p, mappedColumns)), StringComparer.Ordinal);
        var seen = new HashSet<RecordRef>(rows.Count);
        var snapshots = new List<MemberSnapshot>(rows.Count);
        foreach (var (query, row) in rows)
        {
            var snapshot = ToSnapshot(row, bySet[queries[query].EntitySet]);
            if (seen.Add(snapshot.Record))
            {
                snapshots.Add(snapshot);
            }
        }

        return snapshots;
    }

    /// <summary>A row of a member table as a snapshot.</summary>
    /// <param name="row">The row, with formatted values when Dataverse sent them.</param>
    /// <param name="profile">Its table.</param>
    /// <param name="mappedColumns">The columns carried in <see cref="MemberSnapshot.Values"/> besides the name columns.</param>
    /// <returns>The snapshot.</returns>
    public static MemberSnapshot ToSnapshot(JsonElement row, MemberProfile profile, IEnumerable<string> mappedColumns) =>
        ToSnapshot(row, new SnapshotColumns(profile, mappedColumns));

    /// <summary>A row of a member table as a snapshot, its columns worked out beforehand.</summary>
    /// <param name="row">The row.</param>
    /// <param name="columns">Its table and columns.</param>
    /// <returns>The snapshot.</returns>
    internal static MemberSnapshot ToSnapshot(JsonElement row, SnapshotColumns columns)
    {
        var profile = columns.Profile;
        var id = JsonRows.Id(row, columns.PrimaryKey) ?? throw new RecordReadException($"A {profile.Table} row has no {columns.PrimaryKey}.");
        var email = JsonRows.Text(row, MemberFields.EmailAddress1)?.Trim();
        var values = new Dictionary<string, ColumnValue>(columns.Values.Count, StringComparer.Ordinal);
        foreach (var names in columns.Values)
        {
            values.Add(names.Column, ColumnValueReader.Read(row, names));
        }

        return new MemberSnapshot
        {
            Record = new RecordRef(profile.Table, id),
            Email = string.IsNullOrEmpty(email) ? null : email,
            IsActive = (JsonRows.Integer(row, MemberFields.StateCode) ?? Active) == Active,
            DoNotBulkEmail = JsonRows.Flag(row, MemberFields.DoNotBulkEmail) == true,
            DoNotSendMarketingMaterials = JsonRows.Flag(row, MemberFields.DoNotSendMarketingMaterials) == true,
            StoredStatus = MailchimpStatusOptions.ToStatus(JsonRows.Integer(row, MemberFields.MailchimpStatus)),
            StoredDeleted = MailchimpStatusOptions.IsDeleted(JsonRows.Integer(row, MemberFields.MailchimpStatus)),
            StoredMemberId = JsonRows.Text(row, MemberFields.MailchimpMemberId) is { Length: > 0 } memberId ? memberId : null,
            CreatedOn = JsonRows.Instant(row, ReadNames.CreatedOn) ?? DateTimeOffset.MinValue,
            Values = values,
        };
    }
}
