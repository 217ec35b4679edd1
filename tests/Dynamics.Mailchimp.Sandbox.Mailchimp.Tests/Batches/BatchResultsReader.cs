using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

/// <summary>Reads a batch results archive the way clients do: gunzip, untar, and concatenate the JSON arrays of every regular file.</summary>
internal static class BatchResultsReader
{
    public static async Task<IReadOnlyList<JsonObject>> ReadAsync(Stream archive, CancellationToken cancellationToken)
    {
        var results = new List<JsonObject>();
        await using var gzip = new GZipStream(archive, CompressionMode.Decompress);
        await using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            Assert.EndsWith(".json", entry.Name, StringComparison.Ordinal);
            var items = (await JsonNode.ParseAsync(entry.DataStream, cancellationToken: cancellationToken))!.AsArray();
            results.AddRange(items.Select(i => i!.AsObject()));
        }

        return results;
    }

    public static async Task<IReadOnlyList<JsonObject>> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient();
        using var response = await anonymous.GetAsync(url, cancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await ReadAsync(body, cancellationToken);
    }
}
