namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>A security-role source could not be read; the message names the file and the problem.</summary>
public sealed class RoleSourceException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    /// <param name="source">The file or resource.</param>
    /// <param name="problem">What is wrong, completing "Security role '…' …".</param>
    /// <param name="inner">The underlying error, if any.</param>
    public RoleSourceException(string source, string problem, Exception? inner = null)
        : base($"Security role '{source}' {problem}.", inner)
    {
        Source = source;
    }

    /// <summary>The file or resource that failed.</summary>
    public new string Source { get; }
}
