using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Writes a batch's results as Mailchimp serves them at <c>response_body_url</c>: a gzipped tar archive of JSON files,
/// each an array of <c>{status_code, operation_id, response}</c> where <c>response</c> is the response body as a string.
/// Large batches are split over several files, so readers must read every <c>.json</c> entry.
/// </summary>
/// <remarks>
/// Shape recorded in: GH thorning/node-mailchimp@fea3b8b index.js (gunzip, tar, flatten the arrays of every .json entry, parse
/// <c>response</c>); GH singer-io/tap-mailchimp@0bc4021 tap_mailchimp/sync.py (reads every regular file of the tar.gz as a JSON array of
/// operations with <c>operation_id</c>, <c>status_code</c>, <c>response</c>). Entry names are the emulator's own.
/// </remarks>
internal static class BatchArchive
{
    /// <summary>The results written to one JSON file.</summary>
    public const int ResultsPerFile = 500;

    /// <summary>The end-of-archive marker, two zero blocks; <see cref="TarWriter"/> writes it only after an entry.</summary>
    private const int EndOfArchiveBytes = 2 * 512;

    public static byte[] Write(string batchId, IReadOnlyList<BatchResult> results, DateTimeOffset writtenAt, int resultsPerFile = ResultsPerFile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resultsPerFile, 1);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var part = 0;
            foreach (var chunk in results.Chunk(resultsPerFile))
            {
                using var content = new MemoryStream(Encoding.UTF8.GetBytes(Json(chunk).ToJsonString(WireJson.Options)));
                tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, EntryName(batchId, part++))
                {
                    DataStream = content,
                    ModificationTime = writtenAt,
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                });
            }

            if (part == 0)
            {
                gzip.Write(new byte[EndOfArchiveBytes]);
            }
        }

        return buffer.ToArray();
    }

    private static string EntryName(string batchId, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{batchId}:{part}")))[..10] + ".json";

    private static JsonArray Json(IEnumerable<BatchResult> results) =>
        new([.. results.Select(r => (JsonNode)new JsonObject
        {
            [BatchWire.StatusCode] = r.StatusCode,
            [BatchWire.OperationId] = r.OperationId,
            [BatchWire.Response] = r.Response,
        })]);
}
