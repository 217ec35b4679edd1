using System.Globalization;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>One of the solution's environment variables and the job setting it feeds.</summary>
/// <param name="SchemaName">The variable's schema name, for example <c>dmc_ActivityRetentionDays</c>.</param>
/// <param name="ConfigurationKey">The job setting, for example <c>Sync:Activity:Retention</c>.</param>
/// <param name="Form">How its text is read.</param>
public sealed record EnvironmentVariableSetting(string SchemaName, string ConfigurationKey, EnvironmentVariableForm Form)
{
    /// <summary>The configuration value for <paramref name="text"/>.</summary>
    /// <param name="text">The variable's value (current, else default).</param>
    /// <param name="origin">Where the value comes from, for the message.</param>
    /// <returns>The value the configuration binder reads.</returns>
    /// <exception cref="DmcConfigurationException">The text does not have the variable's form; the message names the variable.</exception>
    public string Convert(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        return Form switch
        {
            EnvironmentVariableForm.YesNo => value.ToUpperInvariant() switch
            {
                "YES" or "TRUE" => bool.TrueString,
                "NO" or "FALSE" => bool.FalseString,
                _ => throw Invalid(text, origin, "yes or no"),
            },
            EnvironmentVariableForm.WholeNumber => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : throw Invalid(text, origin, "a whole number"),
            EnvironmentVariableForm.Days => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var days) && days is >= 0 and <= 36_500
                ? TimeSpan.FromDays((double)days).ToString("c", CultureInfo.InvariantCulture)
                : throw Invalid(text, origin, "a number of days between 0 and 36500"),
            _ => value,
        };
    }

    private DmcConfigurationException Invalid(string text, string origin, string expected) =>
        new($"The Dataverse environment variable {SchemaName} ({origin} '{text}') must be {expected}; it sets {ConfigurationKey}. Correct it in Solutions → Environment variables, or set {ConfigurationKey} in the job's own settings, which win.");
}
