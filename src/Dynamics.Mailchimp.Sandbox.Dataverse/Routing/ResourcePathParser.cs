using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>
/// Parses the part of a Web API URL after the service root into a <see cref="ResourcePath"/>, failing as Dataverse does:
/// unknown names give 404 "Resource not found for the segment", malformed keys 400, and shapes the sandbox lacks 501.
/// </summary>
internal sealed partial class ResourcePathParser(SchemaCatalog schema)
{
    private const string NamespacePrefix = WebApiNames.Namespace + ".";

    public ResourcePath Parse(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            return new ResourcePath(ResourceKind.ServiceDocument);
        }

        var segments = trimmed.Split('/');
        var first = Uri.UnescapeDataString(segments[0]);
        switch (first)
        {
            case WebApiNames.Metadata:
                return new ResourcePath(ResourceKind.Metadata);
            case WebApiNames.Batch:
                return new ResourcePath(ResourceKind.Batch);
            case WebApiNames.WhoAmI or WebApiNames.WhoAmI + "()":
                return Single(segments, new ResourcePath(ResourceKind.WhoAmI));
        }

        var match = SegmentPattern().Match(first);
        if (!match.Success)
        {
            throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the segment '{first}' is malformed.");
        }

        var name = match.Groups["name"].Value;
        var unbound = name.StartsWith(NamespacePrefix, StringComparison.Ordinal) ? name[NamespacePrefix.Length..] : name;
        if (ActionCatalog.IsUnbound(unbound) && !match.Groups["key"].Success)
        {
            return Single(segments, new ResourcePath(ResourceKind.UnboundAction, Action: unbound));
        }

        var table = schema.FindByEntitySet(name) ?? throw WebApiException.NotFoundSegment(name);
        if (!match.Groups["key"].Success)
        {
            return segments.Length == 1
                ? new ResourcePath(ResourceKind.EntitySet, table)
                : CollectionBound(table, segments, trimmed);
        }

        var id = ParseKey(match.Groups["key"].Value, name);
        return segments.Length switch
        {
            1 => new ResourcePath(ResourceKind.Entity, table, id),
            2 => Bound(table, id, Uri.UnescapeDataString(segments[1])),
            _ => throw WebApiException.NotImplemented($"The path '{trimmed}' (nested navigation)"),
        };
    }

    private static ResourcePath CollectionBound(TableDefinition table, string[] segments, string trimmed)
    {
        var segment = Uri.UnescapeDataString(segments[1]);
        var action = segment.StartsWith(NamespacePrefix, StringComparison.Ordinal) ? segment[NamespacePrefix.Length..] : null;
        if (segments.Length != 2 || action is null || !BulkMessages.IsBulk(action))
        {
            throw WebApiException.NotImplemented($"The path segment '{segments[1]}' after the entity set '{table.EntitySetName}'");
        }

        return BulkMessages.IsServed(action, table)
            ? new ResourcePath(ResourceKind.CollectionAction, table, Action: action)
            : throw WebApiException.NotImplemented($"The bulk operation message '{action}' on '{table.EntitySetName}' ('{trimmed}')");
    }

    private static ResourcePath Single(string[] segments, ResourcePath path) =>
        segments.Length == 1 ? path : throw WebApiException.NotFoundSegment(segments[1]);

    private static Guid ParseKey(string key, string entitySet)
    {
        if (Guid.TryParse(key, out var id))
        {
            return id;
        }

        if (key.Contains('=', StringComparison.Ordinal))
        {
            throw WebApiException.NotImplemented($"Alternate keys ('{entitySet}({key})')");
        }

        throw WebApiException.BadRequest($"Bad Request - Error in query syntax: the key '{key}' of entity set '{entitySet}' is not a GUID.");
    }

    private static ResourcePath Bound(TableDefinition table, Guid id, string segment)
    {
        if (segment.StartsWith(NamespacePrefix, StringComparison.Ordinal))
        {
            var action = segment[NamespacePrefix.Length..];
            return ActionCatalog.Bound(action, table.LogicalName) is not null
                ? new ResourcePath(ResourceKind.BoundAction, table, id, action)
                : throw WebApiException.NotFoundSegment(segment);
        }

        if (ActionCatalog.IsBoundAnywhere(segment))
        {
            // Bound actions need their full name; without the namespace Dataverse cannot bind the parameters.
            throw WebApiException.BadRequest("Request message has unresolved parameters.");
        }

        if (table.Columns.ContainsKey(segment) || segment == "$ref" || segment.EndsWith("_association", StringComparison.Ordinal))
        {
            throw WebApiException.NotImplemented($"The property or navigation segment '{segment}' of '{table.EntitySetName}'");
        }

        throw WebApiException.NotFoundSegment(segment);
    }

    [GeneratedRegex(@"^(?<name>[^()]+)(\((?<key>[^()]*)\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
