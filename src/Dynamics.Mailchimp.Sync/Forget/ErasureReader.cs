using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// Finds the connector's copies of an address in Dataverse with FetchXML queries inside <c>$batch</c> calls (so the
/// address travels in a request body, never in a URL a proxy or a log could keep): one <c>like</c> query per text
/// column of the queue, of the consent log and of the email activities (Read at Basic level returns the ones the
/// connector's user owns: those its import created), and per member table one query on <c>emailaddress1</c> and one on
/// <c>dmc_mailchimpmemberid</c>. Dataverse compares text ignoring case; every row is checked again here, so a
/// <c>like</c> wildcard in the address (<c>_</c>) cannot widen what is changed.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class ErasureReader(IDataverseClient client)
{
    private static readonly string[] MemberTables = [TableNames.Contact, TableNames.Lead, TableNames.Account];

    /// <summary>Reads everything that holds the address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The rows and records found.</returns>
    public async Task<ErasureFindings> ReadAsync(ErasedAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var queries = new List<(string EntitySet, string FetchXml, ForgetTarget Target, string? Table)>();
        var pattern = "%" + address.Address + "%";
        string[] queueColumns = [QueueItemFields.QueueItemId, QueueItemFields.State, .. ForgetNames.QueueTextColumns];
        queries.AddRange(ForgetNames.QueueTextColumns.Select(column =>
            (ClaimWebApiNames.QueueItemSet, new FetchQuery(TableNames.QueueItem, queueColumns).Where(column, "like", pattern).ToFetchXml(), ForgetTarget.QueueRow, (string?)null)));
        string[] consentColumns = [PullNames.ConsentEventId, .. ForgetNames.ConsentTextColumns];
        queries.AddRange(ForgetNames.ConsentTextColumns.Select(column =>
            (PullNames.ConsentEventSet, new FetchQuery(PullNames.ConsentEventTable, consentColumns).Where(column, "like", pattern).ToFetchXml(), ForgetTarget.ConsentEvent, (string?)null)));
        string[] activityColumns = [ActivityNames.ActivityId, ActivityNames.StateCode, ActivityNames.StatusCode, .. ForgetNames.ActivityTextColumns];
        queries.AddRange(ForgetNames.ActivityTextColumns.Select(column =>
            (ActivityNames.ActivitySet, new FetchQuery(ActivityNames.ActivityTable, activityColumns).Where(column, "like", pattern).ToFetchXml(), ForgetTarget.EmailActivity, (string?)null)));
        foreach (var table in MemberTables)
        {
            string[] columns = [ReadNames.PrimaryKey(table), MemberFields.EmailAddress1, MemberFields.MailchimpMemberId, MemberFields.MailchimpStatus];
            queries.Add((ReadNames.EntitySet(table), new FetchQuery(table, columns).Where(MemberFields.EmailAddress1, "eq", address.Address).ToFetchXml(), ForgetTarget.Record, table));
            queries.Add((ReadNames.EntitySet(table), new FetchQuery(table, columns).Where(MemberFields.MailchimpMemberId, "eq", address.MemberId).ToFetchXml(), ForgetTarget.Record, table));
        }

        var rows = await new BulkFetcher(client).FetchAsync(queries.Select(q => (q.EntitySet, q.FetchXml)).ToArray(), cancellationToken).ConfigureAwait(false);
        var queue = new Dictionary<Guid, FoundRow>();
        var consent = new Dictionary<Guid, FoundRow>();
        var activities = new Dictionary<Guid, FoundRow>();
        var records = new Dictionary<RecordRef, FoundRecord>();
        foreach (var (index, row) in rows)
        {
            var query = queries[index];
            switch (query.Target)
            {
                case ForgetTarget.QueueRow when ToRow(row, ForgetTarget.QueueRow, QueueItemFields.QueueItemId, ForgetNames.QueueTextColumns, address, QueueItemFields.State) is { } found:
                    queue.TryAdd(found.Id, found);
                    break;
                case ForgetTarget.ConsentEvent when ToRow(row, ForgetTarget.ConsentEvent, PullNames.ConsentEventId, ForgetNames.ConsentTextColumns, address) is { } found:
                    consent.TryAdd(found.Id, found);
                    break;
                case ForgetTarget.EmailActivity when ToRow(row, ForgetTarget.EmailActivity, ActivityNames.ActivityId, ForgetNames.ActivityTextColumns, address, ActivityNames.StateCode, ActivityNames.StatusCode) is { } found:
                    activities.TryAdd(found.Id, found);
                    break;
                case ForgetTarget.Record when ToRecord(row, query.Table!, address) is { } found:
                    records.TryAdd(found.Record, found);
                    break;
            }
        }

        return new ErasureFindings([.. queue.Values], [.. consent.Values], [.. records.Values], [.. activities.Values]);
    }

    private static FoundRow? ToRow(JsonElement row, ForgetTarget target, string idColumn, IReadOnlyList<string> textColumns, ErasedAddress address, string? stateColumn = null, string? statusColumn = null)
    {
        var texts = textColumns.ToDictionary(column => column, column => JsonRows.Text(row, column), StringComparer.Ordinal);
        if (!texts.Values.Any(address.IsIn) || JsonRows.Id(row, idColumn) is not { } id)
        {
            return null;
        }

        return new FoundRow(
            target, id, JsonRows.Text(row, ClaimWebApiNames.ETag), texts,
            stateColumn is null ? null : JsonRows.Integer(row, stateColumn), statusColumn is null ? null : JsonRows.Integer(row, statusColumn));
    }

    private static FoundRecord? ToRecord(JsonElement row, string table, ErasedAddress address)
    {
        var hasAddress = address.Is(JsonRows.Text(row, MemberFields.EmailAddress1));
        var memberId = JsonRows.Text(row, MemberFields.MailchimpMemberId);
        if ((!hasAddress && !string.Equals(memberId, address.MemberId, StringComparison.OrdinalIgnoreCase)) || JsonRows.Id(row, ReadNames.PrimaryKey(table)) is not { } id)
        {
            return null;
        }

        return new FoundRecord(new RecordRef(table, id), JsonRows.Text(row, ClaimWebApiNames.ETag), hasAddress, memberId, JsonRows.Integer(row, MemberFields.MailchimpStatus));
    }
}
