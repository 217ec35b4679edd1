using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// The field messages of a refused batch submit. "Schema describes object, array found instead" is recorded
/// (GH mailchimp/mc-magento2/issues/467); the other messages follow the same pattern (inference).
/// </summary>
internal static class BatchSchemaMessages
{
    public static string Required(string name) => $"Required property {name} was not present.";

    public static string Mismatch(string expected, JsonNode? found) => $"Schema describes {expected}, {Kind(found)} found instead";

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => node.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
        _ => "boolean",
    };
}
