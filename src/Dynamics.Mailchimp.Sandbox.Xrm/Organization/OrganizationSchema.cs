using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>The tables of the in-memory organization: base system tables, the connector's solution, and system columns.</summary>
public static class OrganizationSchema
{
    /// <summary>Columns the platform keeps on every table.</summary>
    public static readonly IReadOnlyList<ColumnDefinition> SystemColumns =
    [
        new("createdon", ColumnType.DateTime, null, [], [], false),
        new("modifiedon", ColumnType.DateTime, null, [], [], false),
        new("createdby", ColumnType.Lookup, null, [], [8], false),
        new("modifiedby", ColumnType.Lookup, null, [], [8], false),
        new("versionnumber", ColumnType.BigInt, null, [], [], false),
    ];

    /// <summary>System tables from this assembly, extended by solution/src, plus <see cref="SystemColumns"/>.</summary>
    public static SchemaCatalog Default()
    {
        var merged = SchemaCatalog.FromResources(typeof(OrganizationSchema).Assembly, "SystemTables.")
            .Merge(SchemaCatalog.FromSolution());
        return SchemaCatalog.FromTables(merged.Tables.Values.Select(WithSystemColumns));
    }

    /// <summary><paramref name="table"/> with <see cref="SystemColumns"/> added (for tables a test or host defines itself).</summary>
    public static TableDefinition WithSystemColumns(TableDefinition table) =>
        table.Extend(new TableDefinition(table.LogicalName, null, null, SystemColumns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal)));
}
