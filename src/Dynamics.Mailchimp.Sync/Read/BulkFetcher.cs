using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Runs FetchXML queries as GETs inside <c>$batch</c> calls of <see cref="ReadLimits.QueriesPerBatch"/>, each asking for
/// formatted values (<see cref="ReadNames.Prefer"/>). A query with more rows than one page is read again on its own,
/// paged by the client (a rare extra call, without formatted values: only membership queries get that large).
/// </summary>
/// <param name="client">The Dataverse client.</param>
internal sealed class BulkFetcher(IDataverseClient client)
{
    /// <summary>Every row of every query.</summary>
    /// <param name="queries">Entity set and FetchXML of each query.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The rows, query by query, each with its query's index in <paramref name="queries"/>.</returns>
    /// <exception cref="RecordReadException">Dataverse refused a query; the message names its table and the reason.</exception>
    public async Task<IReadOnlyList<(int Query, JsonElement Row)>> FetchAsync(IReadOnlyList<(string EntitySet, string FetchXml)> queries, CancellationToken cancellationToken)
    {
        var rows = new List<(int, JsonElement)>();
        var first = 0;
        foreach (var group in queries.Chunk(ReadLimits.QueriesPerBatch))
        {
            var operations = group.Select(q => BatchOperation.FetchXml(q.EntitySet, q.FetchXml, ReadNames.Prefer)).ToArray();
            var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < group.Length; i++)
            {
                var answer = result.Results[i];
                if (!answer.Succeeded || answer.Body is not { } body || !body.TryGetProperty("value", out var value))
                {
                    throw new RecordReadException(
                        $"Dataverse refused the query on {group[i].EntitySet} ({answer.Outcome}, {(int?)answer.StatusCode}): {answer.Error?.Message ?? "no rows in the answer"}");
                }

                if (body.TryGetProperty("@" + ReadNames.MoreRecords, out var more) && more.ValueKind == JsonValueKind.True)
                {
                    await foreach (var row in client.QueryFetchXmlAsync(group[i].EntitySet, group[i].FetchXml, cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add((first + i, row));
                    }

                    continue;
                }

                var query = first + i;
                rows.AddRange(value.EnumerateArray().Select(row => (query, row)));
            }

            first += group.Length;
        }

        return rows;
    }
}
