using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>Reads the most recently failed queue rows: one Dataverse call (a page of <c>top</c> rows, newest first).</summary>
public static class FailedRowReader
{
    /// <summary>The largest <c>--top</c>: one page.</summary>
    public const int MaxTop = DataverseQueueSource.PageSize;

    private static readonly string[] Columns =
    [
        QueueItemFields.QueueItemId, QueueItemFields.Name, QueueItemFields.Kind, QueueItemFields.TargetTable,
        QueueItemFields.TargetId, QueueItemFields.Attempts, QueueItemFields.LastError, ClaimWebApiNames.ModifiedOn,
    ];

    /// <summary>The <paramref name="top"/> Failed rows changed last (ties: the later sequence first).</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="top">How many (1–<see cref="MaxTop"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows, most recent first.</returns>
    public static async Task<IReadOnlyList<FailedRow>> TopAsync(IDataverseClient client, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, MaxTop);
        var query = new DataverseQuery(ClaimWebApiNames.QueueItemSet)
        {
            Select = Columns,
            Filter = string.Create(CultureInfo.InvariantCulture, $"{QueueItemFields.State} eq {QueueItemStates.Failed}"),
            OrderBy = $"{ClaimWebApiNames.ModifiedOn} desc,{QueueItemFields.Sequence} desc",
            PageSize = top,
        };
        var rows = new List<FailedRow>(top);
        await foreach (var row in client.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(Read(row));
            if (rows.Count == top)
            {
                break;
            }
        }

        return rows;
    }

    private static FailedRow Read(JsonElement row)
    {
        var kindValue = JsonRows.Integer(row, QueueItemFields.Kind);
        var kind = kindValue is { } value && QueueRowKinds.TryFromOptionValue(value, out var known)
            ? known.ToString()
            : kindValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var record = $"{JsonRows.Text(row, QueueItemFields.TargetTable)} {JsonRows.Text(row, QueueItemFields.TargetId)}".Trim();
        return new FailedRow(
            row.GetProperty(QueueItemFields.QueueItemId).GetGuid(),
            JsonRows.Text(row, QueueItemFields.Name),
            kind,
            record,
            JsonRows.Integer(row, QueueItemFields.Attempts) ?? 0,
            JsonRows.Text(row, QueueItemFields.LastError),
            JsonRows.Instant(row, ClaimWebApiNames.ModifiedOn));
    }
}
