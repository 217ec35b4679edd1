using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>One result line printed by a conformance script: <c>{"operation","ok","detail","doc"}</c>.</summary>
/// <param name="Operation">The official client method, e.g. <c>lists.batchListMembers</c>.</param>
/// <param name="Ok">Whether every check of the operation passed.</param>
/// <param name="Detail">What was seen, or the first check that failed.</param>
/// <param name="Doc">The Mailchimp reference page the checks follow.</param>
public sealed record ConformanceLine(
    [property: JsonPropertyName("operation")] string Operation,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("doc")] string? Doc)
{
    /// <summary>Parses the JSON lines of a script's stdout; other lines (stray logging) are skipped.</summary>
    /// <param name="output">The script's stdout.</param>
    /// <returns>The result lines in printed order.</returns>
    public static IReadOnlyList<ConformanceLine> ParseAll(string output) =>
    [
        .. output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonSerializer.Deserialize<ConformanceLine>(line)
                ?? throw new JsonException($"The conformance line '{line}' is null.")),
    ];
}
