using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>Reads the alternate keys (<c>EntityKeys/EntityKey</c>) of an Entity.xml's <c>entity</c> element.</summary>
internal static class EntityKeyXmlReader
{
    /// <exception cref="SchemaSourceException">A key has no name or no columns.</exception>
    public static IReadOnlyList<EntityKeyDefinition> Read(XElement entity, string source) =>
        entity.Element("EntityKeys")?.Elements("EntityKey").Select(key => ReadKey(key, source)).ToArray() ?? [];

    private static EntityKeyDefinition ReadKey(XElement key, string source)
    {
        var logicalName = ((string?)key.Element("LogicalName") ?? (string?)key.Element("Name"))?.ToLowerInvariant()
            ?? throw new SchemaSourceException(source, "has an EntityKey with no LogicalName");
        var attributes = key.Element("EntityKeyAttributes")?.Elements("AttributeName")
            .Select(a => ((string)a).Trim().ToLowerInvariant()).ToArray() ?? [];
        if (attributes.Length == 0)
        {
            throw new SchemaSourceException(source, $"key '{logicalName}' has no EntityKeyAttributes/AttributeName");
        }

        return new EntityKeyDefinition(logicalName, DisplayNames.Of(key) ?? logicalName, attributes);
    }
}
