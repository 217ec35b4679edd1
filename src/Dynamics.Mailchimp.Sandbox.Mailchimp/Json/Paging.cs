using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Mailchimp offset paging: <c>count</c> (default 10, capped at 1000) and <c>offset</c> (default 0).</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination</remarks>
internal sealed record Paging(int Count, int Offset)
{
    public const int DefaultCount = 10;

    public const int MaxCount = 1000;

    public static Paging From(IQueryCollection query)
    {
        // Mailchimp serves at most 1,000 records per page; a larger count is capped, not refused.
        var count = Math.Min(Parse(query, "count", DefaultCount), MaxCount);
        return new Paging(count, Parse(query, "offset", 0));
    }

    /// <summary>Pages <paramref name="items"/> into <c>{ name: [...], total_items }</c>.</summary>
    public JsonObject Collection(string name, IEnumerable<JsonNode> items, int total) => new()
    {
        [name] = new JsonArray([.. items.Skip(Offset).Take(Count)]),
        ["total_items"] = total,
    };

    private static int Parse(IQueryCollection query, string name, int fallback)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidResourceException($"The {name} parameter must be a non-negative integer.", name, "Must be a non-negative integer.");
    }
}
