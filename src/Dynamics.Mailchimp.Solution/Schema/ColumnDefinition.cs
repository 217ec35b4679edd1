namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>One column of a table, as its Entity.xml declares it.</summary>
/// <param name="LogicalName">The column's logical name.</param>
/// <param name="Type">The column's type.</param>
/// <param name="MaxLength">For text columns, the most characters it holds.</param>
/// <param name="OptionValues">For choice, state, status and Yes/No columns, the values it accepts.</param>
/// <param name="LookupTargetTypeCodes">For lookups, the object type codes of the tables it may point at.</param>
/// <param name="IsRequired">Whether the column is business- or system-required.</param>
public sealed record ColumnDefinition(
    string LogicalName,
    ColumnType Type,
    int? MaxLength,
    IReadOnlyList<int> OptionValues,
    IReadOnlyList<int> LookupTargetTypeCodes,
    bool IsRequired)
{
    /// <summary>The column's display name (Dataverse errors name columns by it), or null when the source gives none.</summary>
    public string? DisplayName { get; init; }

    /// <summary>For a state column, its states; empty for other columns.</summary>
    public IReadOnlyList<StateOption> States { get; init; } = [];

    /// <summary>For a choice or Yes/No column, the value (1 for Yes) a new row gets when none is given; null when the source declares none.</summary>
    public int? DefaultValue { get; init; }

    /// <summary>For a status column, the state each status reason belongs to; empty for other columns.</summary>
    public IReadOnlyDictionary<int, int> StatusStates { get; init; } = new Dictionary<int, int>();
}
