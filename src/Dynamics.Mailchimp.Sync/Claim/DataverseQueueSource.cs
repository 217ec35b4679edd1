using System.Globalization;
using System.Text;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// Reads the due queue rows with one <c>$filter</c> query ordered by <c>dmc_sequence</c>, 5,000 rows a page: one
/// Dataverse call per 5,000 rows. Due: Pending, or Failed with attempts &lt; MaxAttempts and
/// <c>modifiedon + backoff(attempts) ≤ now</c> (<see cref="QueueBackoffOptions"/>).
/// </summary>
public sealed class DataverseQueueSource : IQueueSource
{
    /// <summary>The page size: Dataverse's largest.</summary>
    public const int PageSize = 5000;

    private readonly IDataverseClient _client;
    private readonly TimeProvider _time;
    private readonly int _maxAttempts;
    private readonly QueueBackoffOptions _backoff;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="time">The job's clock.</param>
    /// <param name="options">The job's options (<see cref="SyncOptions.MaxAttempts"/>).</param>
    /// <param name="backoff">The retry backoff.</param>
    public DataverseQueueSource(IDataverseClient client, TimeProvider time, SyncOptions options, QueueBackoffOptions backoff)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _maxAttempts = (options ?? throw new ArgumentNullException(nameof(options))).MaxAttempts;
        _backoff = backoff ?? throw new ArgumentNullException(nameof(backoff));
    }

    /// <inheritdoc/>
    public async Task<QueueBatch> ReadDueAsync(int maxRows, int maxChanges, QueueCursor after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChanges);
        ArgumentNullException.ThrowIfNull(after);
        // One row more than a cycle takes: whether more is due is then known without another call (below).
        var pageSize = Math.Min(PageSize, maxRows + 1);
        var filter = DueFilter(_time.GetUtcNow());
        var query = new DataverseQuery(ClaimWebApiNames.QueueItemSet)
        {
            Select = QueueRowReader.Columns,
            // The rows at the cursor's own sequence are read again and those already taken passed over (ties are rare).
            Filter = after.Sequence is { } sequence
                ? string.Create(CultureInfo.InvariantCulture, $"({filter}) and {QueueItemFields.Sequence} ge {sequence}")
                : filter,
            OrderBy = QueueItemFields.Sequence + " asc",
            PageSize = pageSize,
        };
        var rows = new List<QueueRow>();
        var unreadable = new List<RowOutcome>();
        var taken = new List<(Guid Id, long? Sequence)>();
        var changes = 0;
        var read = 0;
        var due = _client.QueryAsync(query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var dueRows = due.ConfigureAwait(false);
        while (await due.MoveNextAsync().ConfigureAwait(false))
        {
            read++;
            var json = due.Current;
            var position = QueueRowReader.Position(json);
            if (!after.IsAhead(position.Id, position.Sequence))
            {
                continue;
            }

            taken.Add(position);
            if (QueueRowReader.TryRead(json, out var row, out var failure))
            {
                rows.Add(row!);
                changes += QueueBatch.Changes(row!);
            }
            else
            {
                unreadable.Add(failure!);
            }

            if (taken.Count >= maxRows || changes >= maxChanges)
            {
                // More is due if the page already read holds another row (no call): the run then needs no read of an
                // empty queue to stop. At a page's end, finding out would cost the next page: say "more may be due".
                var pageEnd = read % pageSize == 0;
                var full = pageEnd || await due.MoveNextAsync().ConfigureAwait(false);
                return new QueueBatch(rows, unreadable) { Full = full, Next = after.Past(taken) };
            }
        }

        return new QueueBatch(rows, unreadable) { Next = after.Past(taken) };
    }

    /// <summary>The <c>$filter</c> of the rows due at <paramref name="now"/>.</summary>
    /// <param name="now">The job's clock.</param>
    /// <returns>The filter.</returns>
    public string DueFilter(DateTimeOffset now)
    {
        var state = QueueItemFields.State;
        var attempts = QueueItemFields.Attempts;
        var failed = new StringBuilder();
        for (var n = 0; n < _maxAttempts; n++)
        {
            var due = WebApiDates.Format(now - _backoff.Backoff(n));
            var count = n == 0 ? $"({attempts} eq null or {attempts} eq 0)" : string.Create(CultureInfo.InvariantCulture, $"{attempts} eq {n}");
            failed.Append(n == 0 ? string.Empty : " or ").Append(CultureInfo.InvariantCulture, $"({count} and {ClaimWebApiNames.ModifiedOn} le {due})");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{state} eq {QueueItemStates.Pending} or ({state} eq {QueueItemStates.Failed} and ({failed}))");
    }
}
