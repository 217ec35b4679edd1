namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>The settings or the command line are wrong; the message says what to fix (exit code 2).</summary>
public sealed class DmcConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it; never a secret's value.</param>
    public DmcConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the validation failure that caused it.</summary>
    /// <param name="message">What is wrong and how to fix it; never a secret's value.</param>
    /// <param name="inner">The cause.</param>
    public DmcConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
