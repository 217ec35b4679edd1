namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>
/// A request's <c>fields</c> list as a tree of names (dot notation nests): a leaf keeps everything below it. Used by
/// <see cref="FieldFilter"/> to trim a response, and by a builder to skip the properties the trim would remove anyway.
/// </summary>
internal sealed class FieldTree
{
    /// <summary>Gets the kept names below this one; empty for a leaf.</summary>
    public Dictionary<string, FieldTree> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether everything below this name is kept.</summary>
    public bool IsLeaf { get; private set; }

    /// <summary>Parses a <c>fields</c> list (comma separated, dot notation).</summary>
    /// <param name="fields">The list, or null or blank for none.</param>
    /// <returns>The tree, or <see langword="null"/> when there is no list (everything is kept).</returns>
    public static FieldTree? Parse(string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return null;
        }

        var tree = new FieldTree();
        foreach (var path in Paths(fields))
        {
            tree.Add(path);
        }

        return tree;
    }

    /// <summary>Splits a comma list of dot paths.</summary>
    /// <param name="list">The list.</param>
    /// <returns>Each path's names.</returns>
    public static IEnumerable<string[]> Paths(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.Split('.'));

    /// <summary>Whether <paramref name="name"/>, directly below <paramref name="tree"/>, survives the trim.</summary>
    /// <param name="tree">The subtree, or <see langword="null"/> when everything is kept.</param>
    /// <param name="name">The property name.</param>
    /// <returns><see langword="true"/> when the property is kept (in part or whole).</returns>
    public static bool Keeps(FieldTree? tree, string name) => tree is null || tree.IsLeaf || tree.Children.ContainsKey(name);

    /// <summary>The subtree for <paramref name="name"/> directly below <paramref name="tree"/>.</summary>
    /// <param name="tree">The subtree, or <see langword="null"/> when everything is kept.</param>
    /// <param name="name">The property name.</param>
    /// <returns><see langword="null"/> when everything below is kept; an empty tree when nothing is (the property is removed).</returns>
    public static FieldTree? Below(FieldTree? tree, string name) =>
        tree is null || tree.IsLeaf ? null : tree.Children.GetValueOrDefault(name) is { } child ? (child.IsLeaf ? null : child) : new FieldTree();

    private void Add(ReadOnlySpan<string> path)
    {
        if (path.Length == 0)
        {
            IsLeaf = true;
            Children.Clear();
            return;
        }

        if (!Children.TryGetValue(path[0], out var child))
        {
            child = new FieldTree();
            Children[path[0]] = child;
        }

        if (!child.IsLeaf)
        {
            child.Add(path[1..]);
        }
    }
}
