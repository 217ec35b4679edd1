namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>A table-definition source could not be read; the message names the file.</summary>
public sealed class SchemaSourceException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    public SchemaSourceException(string source, string problem, Exception? inner = null)
        : base($"Table definition '{source}' {problem}.", inner)
    {
        Source = source;
    }

    /// <summary>The file or resource that failed.</summary>
    public new string Source { get; }
}
