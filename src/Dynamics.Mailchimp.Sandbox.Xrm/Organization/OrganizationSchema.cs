using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>The tables of the in-memory organization: base system tables, the connector's solution, and system columns (and activity columns on activity tables).</summary>
public static class OrganizationSchema
{
    /// <summary>The resource prefix of the optional Customer Insights – Journeys tables (<see cref="WithJourneysConsent"/>).</summary>
    private const string JourneysTablesPrefix = "JourneysTables.";

    /// <summary>Columns the platform keeps on every table.</summary>
    public static readonly IReadOnlyList<ColumnDefinition> SystemColumns =
    [
        new("createdon", ColumnType.DateTime, null, [], [], false),
        new("modifiedon", ColumnType.DateTime, null, [], [], false),
        new("createdby", ColumnType.Lookup, null, [], [8], false),
        new("modifiedby", ColumnType.Lookup, null, [], [8], false),
        new("versionnumber", ColumnType.BigInt, null, [], [], false),
    ];

    /// <summary>
    /// Columns the platform adds to every activity table and to activitypointer, which an unpacked solution does not list:
    /// <c>activitytypecode</c>, the activity's table (an EntityName column, read-only; Microsoft's ActivityPointer reference).
    /// </summary>
    public static readonly IReadOnlyList<ColumnDefinition> ActivityColumns =
    [
        new(Messages.ActivityPointers.TypeColumn, ColumnType.String, 64, [], [], false) { DisplayName = "Activity Type" },
    ];

    /// <summary>System tables from this assembly, extended by solution/src, plus <see cref="SystemColumns"/>.</summary>
    public static SchemaCatalog Default() => With(SchemaCatalog.FromSolution());

    /// <summary>System tables from this assembly, extended by <paramref name="solution"/>'s tables (e.g. an imported zip's), plus <see cref="SystemColumns"/>.</summary>
    public static SchemaCatalog With(SchemaCatalog solution)
    {
        var merged = SchemaCatalog.FromResources(typeof(OrganizationSchema).Assembly, "SystemTables.").Merge(solution);
        return SchemaCatalog.FromTables(merged.Tables.Values.Select(WithSystemColumns));
    }

    /// <summary>
    /// <paramref name="schema"/> with the Customer Insights – Journeys consent tables added (<c>msdynmkt_contactpointconsent4</c>
    /// and the <c>msdynmkt_purpose</c> and <c>msdynmkt_topic</c> its lookups point at, from this assembly's JourneysTables/),
    /// plus <see cref="SystemColumns"/>: an organization with Journeys installed.
    /// </summary>
    /// <param name="schema">The organization's tables without them.</param>
    /// <returns>The tables with them.</returns>
    public static SchemaCatalog WithJourneysConsent(SchemaCatalog schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var journeys = SchemaCatalog.FromResources(typeof(OrganizationSchema).Assembly, JourneysTablesPrefix);
        return schema.Merge(SchemaCatalog.FromTables(journeys.Tables.Values.Select(WithSystemColumns)));
    }

    /// <summary><paramref name="table"/> with <see cref="SystemColumns"/> added (for tables a test or host defines itself).</summary>
    public static TableDefinition WithSystemColumns(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var platform = table.IsActivity || table.LogicalName == Messages.ActivityPointers.Table ? SystemColumns.Concat(ActivityColumns) : SystemColumns;
        return table.Extend(new TableDefinition(table.LogicalName, null, null, platform.ToDictionary(c => c.LogicalName, StringComparer.Ordinal)));
    }
}
