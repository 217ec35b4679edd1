namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>One of the solution's environment variables as Dataverse holds it.</summary>
/// <param name="SchemaName">The definition's schema name, for example <c>dmc_ActivityRetentionDays</c>.</param>
/// <param name="Type">The definition's type (<c>Dynamics.Mailchimp.Solution.Settings.EnvironmentVariableTypes</c>).</param>
/// <param name="CurrentValue">The environment's current value (its <c>environmentvariablevalue</c> row), or null.</param>
/// <param name="DefaultValue">The definition's default value, or null.</param>
public sealed record EnvironmentVariableReading(string SchemaName, int? Type, string? CurrentValue, string? DefaultValue)
{
    /// <summary>Gets the value in effect: the current value, else the default; null when neither is set.</summary>
    public string? Value => IsSet(CurrentValue) ? CurrentValue : IsSet(DefaultValue) ? DefaultValue : null;

    /// <summary>Gets where <see cref="Value"/> comes from, for messages: <c>current value</c> or <c>default value</c>.</summary>
    public string Origin => IsSet(CurrentValue) ? "current value" : "default value";

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
