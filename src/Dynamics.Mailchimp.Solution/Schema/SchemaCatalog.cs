using System.Reflection;

namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>The tables an organization has: system base columns plus what the solution adds.</summary>
public sealed class SchemaCatalog
{
    private const string SolutionResourcePrefix = "Schema.Solution.";

    private readonly Dictionary<string, TableDefinition> _tables;

    private SchemaCatalog(Dictionary<string, TableDefinition> tables)
    {
        _tables = tables;
    }

    /// <summary>The tables by logical name.</summary>
    public IReadOnlyDictionary<string, TableDefinition> Tables => _tables;

    /// <summary>The connector's own tables and columns, from solution/src (embedded in this assembly at build).</summary>
    public static SchemaCatalog FromSolution() => FromResources(typeof(SchemaCatalog).Assembly, SolutionResourcePrefix);

    /// <summary>A catalog of <paramref name="tables"/>; a table given twice is extended.</summary>
    public static SchemaCatalog FromTables(IEnumerable<TableDefinition> tables)
    {
        var catalog = new SchemaCatalog(new Dictionary<string, TableDefinition>(StringComparer.Ordinal));
        foreach (var table in tables)
        {
            catalog.Add(table);
        }

        return catalog;
    }

    /// <summary>Every Entity.xml under <paramref name="entitiesFolder"/> (a solution's Entities folder).</summary>
    public static SchemaCatalog FromFolder(string entitiesFolder)
    {
        var catalog = new SchemaCatalog(new Dictionary<string, TableDefinition>(StringComparer.Ordinal));
        foreach (var path in Directory.EnumerateFiles(entitiesFolder, "Entity.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(path);
            catalog.Add(EntityXmlReader.Read(stream, path));
        }

        return catalog;
    }

    /// <summary>Every embedded resource of <paramref name="assembly"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static SchemaCatalog FromResources(Assembly assembly, string prefix)
    {
        var catalog = new SchemaCatalog(new Dictionary<string, TableDefinition>(StringComparer.Ordinal));
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            catalog.Add(EntityXmlReader.Read(stream, name));
        }

        return catalog;
    }

    /// <summary>This catalog with <paramref name="other"/>'s tables added, extending tables both have.</summary>
    public SchemaCatalog Merge(SchemaCatalog other)
    {
        var merged = new SchemaCatalog(new Dictionary<string, TableDefinition>(_tables, StringComparer.Ordinal));
        foreach (var table in other._tables.Values)
        {
            merged.Add(table);
        }

        return merged;
    }

    /// <summary>The table <paramref name="logicalName"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such table; the message names it.</exception>
    public TableDefinition GetTable(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table)
            ? table
            : throw new KeyNotFoundException($"The table '{logicalName}' is not defined. Known tables: {string.Join(", ", _tables.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The table with entity set <paramref name="entitySetName"/>, or null.</summary>
    public TableDefinition? FindByEntitySet(string entitySetName) =>
        _tables.Values.FirstOrDefault(t => string.Equals(t.EntitySetName, entitySetName, StringComparison.Ordinal));

    /// <summary>The logical names of the tables a lookup column may point at.</summary>
    public IReadOnlyList<string> LookupTargets(ColumnDefinition column) =>
        column.LookupTargetTypeCodes
            .Select(code => _tables.Values.FirstOrDefault(t => t.ObjectTypeCode == code)?.LogicalName)
            .OfType<string>()
            .ToArray();

    private void Add(TableDefinition table) =>
        _tables[table.LogicalName] = _tables.TryGetValue(table.LogicalName, out var existing) ? existing.Extend(table) : table;
}
