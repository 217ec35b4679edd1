using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Applies Mailchimp partial responses: <c>fields</c> and <c>exclude_fields</c>, comma lists with dot notation.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses</remarks>
internal static class FieldFilter
{
    public static void Apply(JsonObject root, string? fields, string? excludeFields)
    {
        if (!string.IsNullOrWhiteSpace(fields))
        {
            var tree = new Node();
            foreach (var path in Paths(fields))
            {
                tree.Add(path);
            }

            Keep(root, tree);
        }

        if (!string.IsNullOrWhiteSpace(excludeFields))
        {
            foreach (var path in Paths(excludeFields))
            {
                Remove(root, path);
            }
        }
    }

    private static IEnumerable<string[]> Paths(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.Split('.'));

    private static void Keep(JsonNode? node, Node tree)
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

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public bool IsLeaf { get; private set; }

        public void Add(ReadOnlySpan<string> path)
        {
            if (path.Length == 0)
            {
                IsLeaf = true;
                Children.Clear();
                return;
            }

            if (!Children.TryGetValue(path[0], out var child))
            {
                child = new Node();
                Children[path[0]] = child;
            }

            if (!child.IsLeaf)
            {
                child.Add(path[1..]);
            }
        }
    }
}
