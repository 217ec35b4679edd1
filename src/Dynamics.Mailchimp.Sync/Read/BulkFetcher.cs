using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Runs FetchXML queries as GETs inside <c>$batch</c> calls of <see cref="ReadLimits.QueriesPerBatch"/>, each asking for
/// formatted values and the paging annotations (<see cref="ReadNames.Prefer"/>). A query with more rows than a page is
/// continued inside the next round of <c>$batch</c> calls with its paging cookie, so its long URL never has to fit a
/// plain GET (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results).
/// </summary>
/// <param name="client">The Dataverse client.</param>
internal sealed class BulkFetcher(IDataverseClient client)
{
    /// <summary>Every row of every query.</summary>
    /// <param name="queries">Entity set and FetchXML of each query.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The rows, each with its query's index in <paramref name="queries"/>.</returns>
    /// <exception cref="RecordReadException">Dataverse refused a query; the message names its table and the reason.</exception>
    public async Task<IReadOnlyList<(int Query, JsonElement Row)>> FetchAsync(IReadOnlyList<(string EntitySet, string FetchXml)> queries, CancellationToken cancellationToken)
    {
        var rows = new List<(int, JsonElement)>();
        var pending = queries.Select((q, index) => new Query(index, q.EntitySet, q.FetchXml)).ToList();
        while (pending.Count > 0)
        {
            // The $batch calls of one round are independent: they go out together, as many as the client lets through.
            var groups = pending.Chunk(ReadLimits.QueriesPerBatch).ToArray();
            var answers = new GroupAnswer[groups.Length];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = ReadLimits.ParallelBatches, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, groups.Length), parallel, async (g, token) =>
                answers[g] = await FetchGroupAsync(groups[g], token).ConfigureAwait(false)).ConfigureAwait(false);
            foreach (var answer in answers)
            {
                rows.AddRange(answer.Rows);
            }

            pending = answers.SelectMany(answer => answer.NextPages).ToList();
        }

        return rows;
    }

    private async Task<GroupAnswer> FetchGroupAsync(Query[] group, CancellationToken cancellationToken)
    {
        var rows = new List<(int Query, JsonElement Row)>();
        var nextPages = new List<Query>();
        var operations = group.Select(q => BatchOperation.FetchXml(q.EntitySet, q.FetchXml, ReadNames.Prefer)).ToArray();
        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < group.Length; i++)
        {
            var (index, entitySet, fetchXml) = group[i];
            var answer = result.Results[i];
            if (!answer.Succeeded || answer.Body is not { } body || !body.TryGetProperty(ReadNames.Value, out var value))
            {
                throw new RecordReadException(
                    $"Dataverse refused the query on {entitySet} ({answer.Outcome}, {(int?)answer.StatusCode}): {answer.Error?.Message ?? "no rows in the answer"}");
            }

            rows.AddRange(value.EnumerateArray().Select(row => (index, row)));
            if (body.TryGetProperty("@" + ReadNames.MoreRecords, out var more) && more.ValueKind == JsonValueKind.True)
            {
                var cookie = body.TryGetProperty("@" + ReadNames.PagingCookie, out var annotation) ? annotation.GetString() : null;
                nextPages.Add(new Query(index, entitySet, FetchPages.Next(fetchXml, cookie)));
            }
        }

        return new GroupAnswer(rows, nextPages);
    }

    private readonly record struct Query(int Index, string EntitySet, string FetchXml);

    private sealed record GroupAnswer(List<(int Query, JsonElement Row)> Rows, List<Query> NextPages);
}
