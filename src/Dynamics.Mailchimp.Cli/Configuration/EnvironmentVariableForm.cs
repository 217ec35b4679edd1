namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>How an environment variable's text becomes the job setting's configuration value.</summary>
public enum EnvironmentVariableForm
{
    /// <summary>Text, taken as it is (trimmed).</summary>
    Text,

    /// <summary>Yes/No: <c>yes</c> or <c>no</c> (as the solution's Yes/No definitions store them), or <c>true</c> or <c>false</c>.</summary>
    YesNo,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number of days, given to the job as a <see cref="TimeSpan"/>.</summary>
    Days,
}
