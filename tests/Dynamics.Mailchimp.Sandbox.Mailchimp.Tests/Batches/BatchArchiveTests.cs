using System.Formats.Tar;
using System.IO.Compression;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

/// <summary>Results shape: GH thorning/node-mailchimp@fea3b8b index.js and GH singer-io/tap-mailchimp@0bc4021 tap_mailchimp/sync.py (every .json entry is an array).</summary>
public sealed class BatchArchiveTests
{
    private static readonly DateTimeOffset WrittenAt = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private static byte[] CreateSut(int results, int perFile) =>
        BatchArchive.Write("abc1234567", [.. Enumerable.Range(0, results).Select(i => new BatchResult(200, $"op-{i}", $"{{\"n\":{i}}}"))], WrittenAt, perFile);

    [Fact(DisplayName = "Write_MoreResultsThanPerFile_SplitsOverJsonFilesThatTogetherHoldEveryResultInOrder (GH thorning/node-mailchimp@fea3b8b index.js flattens the arrays of all entries)")]
    public async Task Write_MoreResultsThanPerFile_SplitsOverJsonFilesThatTogetherHoldEveryResultInOrder()
    {
        // Arrange
        var archive = CreateSut(results: 5, perFile: 2);

        // Act
        var entries = new List<TarEntry>();
        await using (var tar = new TarReader(new GZipStream(new MemoryStream(archive), CompressionMode.Decompress)))
        {
            while (await tar.GetNextEntryAsync(copyData: true) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var results = await BatchResultsReader.ReadAsync(new MemoryStream(archive), CancellationToken.None);

        // Assert
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(TarEntryType.RegularFile, e.EntryType));
        Assert.All(entries, e => Assert.Equal(WrittenAt, e.ModificationTime));
        Assert.Equal(entries.Count, entries.Select(e => e.Name).Distinct().Count());
        Assert.Equal(["op-0", "op-1", "op-2", "op-3", "op-4"], results.Select(r => r["operation_id"]!.GetValue<string>()));
        Assert.Equal("{\"n\":3}", results[3]["response"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Write_NoResults_EmptyArchive (GH thorning/node-mailchimp@fea3b8b index.js: an empty batch has nothing to unpack)")]
    public async Task Write_NoResults_EmptyArchive()
    {
        // Arrange
        var archive = CreateSut(results: 0, perFile: 2);

        // Act
        var results = await BatchResultsReader.ReadAsync(new MemoryStream(archive), CancellationToken.None);

        // Assert
        Assert.Empty(results);
    }

    [Fact(DisplayName = "Write_SameInput_SameBytes")]
    public void Write_SameInput_SameBytes()
    {
        // Arrange / Act
        var first = CreateSut(results: 3, perFile: 500);
        var second = CreateSut(results: 3, perFile: 500);

        // Assert
        Assert.Equal(first, second);
    }
}
