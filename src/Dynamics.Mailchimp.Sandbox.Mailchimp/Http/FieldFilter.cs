using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Applies Mailchimp partial responses: <c>fields</c> and <c>exclude_fields</c>, comma lists with dot notation.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses</remarks>
internal static class FieldFilter
{
    public static void Apply(JsonObject root, string? fields, string? excludeFields)
    {
        if (FieldTree.Parse(fields) is { } tree)
        {
            Keep(root, tree);
        }

        if (!string.IsNullOrWhiteSpace(excludeFields))
        {
            foreach (var path in FieldTree.Paths(excludeFields))
            {
                Remove(root, path);
            }
        }
    }

    private static void Keep(JsonNode? node, FieldTree tree)
    {
        if (tree.IsLeaf || node is null)
        {
            return;
        }

        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Keep(item, tree);
            }

            return;
        }

        if (node is JsonObject obj)
        {
            foreach (var key in obj.Select(p => p.Key).ToList())
            {
                if (tree.Children.TryGetValue(key, out var child))
                {
                    Keep(obj[key], child);
                }
                else
                {
                    obj.Remove(key);
                }
            }
        }
    }

    private static void Remove(JsonNode? node, ReadOnlySpan<string> path)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Remove(item, path);
            }
        }
        else if (node is JsonObject obj && path.Length > 0)
        {
            if (path.Length == 1)
            {
                obj.Remove(path[0]);
            }
            else
            {
                Remove(obj[path[0]], path[1..]);
            }
        }
    }
}
