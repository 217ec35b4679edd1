namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>A solution zip could not be read; the message names the zip and the part (entry, table or step) that failed.</summary>
public sealed class SolutionPackageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="zip">The zip's path or name.</param>
    /// <param name="part">The part that failed, e.g. <c>customizations.xml</c> or <c>customizations.xml step 'X' ({id})</c>.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public SolutionPackageException(string zip, string part, string problem, Exception? inner = null)
        : base($"The solution zip '{zip}' cannot be read: {part} {problem}.", inner)
    {
        Zip = zip;
        Part = part;
    }

    /// <summary>The zip's path or name.</summary>
    public string Zip { get; }

    /// <summary>The part that failed.</summary>
    public string Part { get; }
}
