using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;

namespace Dynamics.Mailchimp.Cli.Output;

/// <summary>
/// The pieces of the verbs' <c>--json</c> objects. They are built as <see cref="JsonNode"/> trees, not serialized from
/// anonymous types, because the published dmc is compiled ahead of time (native AOT), where reflection-based
/// serialization is not available; the names are written here as they appear on the wire (camelCase).
/// </summary>
public static class JsonFields
{
    /// <summary>The <c>calls</c> object: <c>mailchimp</c> and <c>dataverse</c>.</summary>
    /// <param name="calls">The calls counted.</param>
    /// <returns>The object.</returns>
    public static JsonObject Calls(CallCounter calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        return new JsonObject { ["mailchimp"] = calls.Mailchimp, ["dataverse"] = calls.Dataverse };
    }

    /// <summary>An array of <paramref name="items"/>, each as <paramref name="select"/> writes it.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="select">One item's node.</param>
    /// <returns>The array.</returns>
    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> select)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(select);
        return new JsonArray([.. items.Select(select)]);
    }

    /// <summary>An array of strings.</summary>
    /// <param name="items">The strings.</param>
    /// <returns>The array.</returns>
    public static JsonArray Strings(IEnumerable<string?> items) => Array(items, item => (JsonNode?)item);

    /// <summary>An object of counts by key, in the dictionary's order.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The object.</returns>
    public static JsonObject Counts(IEnumerable<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new JsonObject(counts.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)));
    }
}
