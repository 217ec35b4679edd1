namespace Dynamics.Mailchimp.Solution.Settings;

/// <summary>
/// Wire names of the two Dataverse tables behind environment variables (Microsoft's EnvironmentVariableDefinition and
/// EnvironmentVariableValue table references): a definition carries the schema name, type and default value; a value row
/// points at its definition through <c>environmentvariabledefinitionid</c> and overrides the default ("Default variable
/// value to be used if no associated EnvironmentVariableValue entities exist", the reference's DefaultValue column).
/// </summary>
public static class EnvironmentVariableNames
{
    /// <summary>The definition table.</summary>
    public const string DefinitionTable = "environmentvariabledefinition";

    /// <summary>The definition table's entity set.</summary>
    public const string DefinitionSet = "environmentvariabledefinitions";

    /// <summary>The definition's primary key, also the value table's lookup to it.</summary>
    public const string DefinitionId = "environmentvariabledefinitionid";

    /// <summary>The definition's unique name (its primary name column).</summary>
    public const string SchemaName = "schemaname";

    /// <summary>The definition's type (a choice, <see cref="EnvironmentVariableTypes"/>).</summary>
    public const string Type = "type";

    /// <summary>The definition's default value.</summary>
    public const string DefaultValue = "defaultvalue";

    /// <summary>The value table.</summary>
    public const string ValueTable = "environmentvariablevalue";

    /// <summary>The current value.</summary>
    public const string Value = "value";
}
