using System.Net.Http.Json;
using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Benchmarks.Baseline;

/// <summary>The queue rows the baseline reads page by page, and up to <c>sample</c> of their members.</summary>
/// <param name="Members">(queue row, contact) pairs, in queue order.</param>
public sealed record QueueSample(IReadOnlyList<(Guid RowId, Guid ContactId)> Members)
{
    private const string QueueItemSet = "dmc_syncqueueitems";

    /// <summary>Reads the queue (5,000 rows a page) until <paramref name="sample"/> members are known.</summary>
    /// <param name="dataverse">The Dataverse client (service root as base address).</param>
    /// <param name="sample">The most members to take.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sample.</returns>
    public static async Task<QueueSample> ReadAsync(HttpClient dataverse, int sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataverse);
        var members = new List<(Guid, Guid)>();
        string? next = $"{QueueItemSet}?$select={QueueItemFields.QueueItemId},{QueueItemFields.MemberIds},{QueueItemFields.TargetId}";
        while (next is not null && members.Count < sample)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=5000");
            using var response = await dataverse.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var page = await response.Content.ReadFromJsonAsync<JsonDocument>(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The queue page was empty.");
            foreach (var row in page.RootElement.GetProperty("value").EnumerateArray())
            {
                var rowId = row.GetProperty(QueueItemFields.QueueItemId).GetGuid();
                var ids = row.TryGetProperty(QueueItemFields.MemberIds, out var list) && list.ValueKind == JsonValueKind.String
                    ? list.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)
                    : row.TryGetProperty(QueueItemFields.TargetId, out var target) && target.ValueKind == JsonValueKind.String ? [Guid.Parse(target.GetString()!)] : [];
                members.AddRange(ids.Select(id => (rowId, id)));
            }

            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return new QueueSample(members.Take(sample).ToArray());
    }
}
