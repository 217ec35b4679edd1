namespace Dynamics.Mailchimp.Solution.Settings;

/// <summary>An environment variable definition file cannot be read; the message names the file.</summary>
public sealed class EnvironmentVariableSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or resource.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">The cause, if any.</param>
    public EnvironmentVariableSourceException(string source, string problem, Exception? inner = null)
        : base($"The environment variable definition {source} {problem}.", inner)
    {
    }
}
