namespace Dynamics.Mailchimp.Solution.Settings;

/// <summary>One environment variable the solution defines.</summary>
/// <param name="SchemaName">Its schema name, for example <c>dmc_ActivityRetentionDays</c>.</param>
/// <param name="Type">Its type, one of <see cref="EnvironmentVariableTypes"/>.</param>
/// <param name="DefaultValue">The value used when the environment has no current value; null when the definition has none.</param>
public sealed record EnvironmentVariableDefinition(string SchemaName, int Type, string? DefaultValue);
