namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>One table: names, keys and columns.</summary>
/// <param name="LogicalName">The table's logical name.</param>
/// <param name="EntitySetName">The Web API entity set name.</param>
/// <param name="ObjectTypeCode">The object type code, when the source declares one (system tables).</param>
/// <param name="Columns">The columns by logical name.</param>
public sealed record TableDefinition(
    string LogicalName,
    string? EntitySetName,
    int? ObjectTypeCode,
    IReadOnlyDictionary<string, ColumnDefinition> Columns)
{
    /// <summary>The primary key column's logical name.</summary>
    public string? PrimaryIdAttribute => Columns.Values.FirstOrDefault(c => c.Type == ColumnType.PrimaryKey)?.LogicalName;

    /// <summary>The primary name column's logical name, if the source marks one.</summary>
    public string? PrimaryNameAttribute { get; init; }

    /// <summary>
    /// Whether the table is an activity table (<c>IsActivity</c>): it carries the activity columns (<c>activityid</c>,
    /// <c>subject</c>, <c>regardingobjectid</c>, …) and every row has a twin in <c>activitypointer</c>.
    /// </summary>
    public bool IsActivity { get; init; }

    /// <summary>The table's alternate keys; empty when it declares none.</summary>
    public IReadOnlyList<EntityKeyDefinition> Keys { get; init; } = [];

    /// <summary>The same table with <paramref name="other"/>'s columns and keys added (the solution extends a system table).</summary>
    public TableDefinition Extend(TableDefinition other)
    {
        var columns = new Dictionary<string, ColumnDefinition>(Columns, StringComparer.Ordinal);
        foreach (var (name, column) in other.Columns)
        {
            columns[name] = column;
        }

        return this with
        {
            EntitySetName = EntitySetName ?? other.EntitySetName,
            ObjectTypeCode = ObjectTypeCode ?? other.ObjectTypeCode,
            PrimaryNameAttribute = PrimaryNameAttribute ?? other.PrimaryNameAttribute,
            IsActivity = IsActivity || other.IsActivity,
            Columns = columns,
            Keys = [.. Keys.Where(k => other.Keys.All(o => o.LogicalName != k.LogicalName)), .. other.Keys],
        };
    }
}
