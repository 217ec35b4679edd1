namespace Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

/// <summary>A solution zip was read but the sandbox cannot import it; the message names the zip and the step, table or assembly.</summary>
public sealed class SolutionImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="zip">The zip's path or name.</param>
    /// <param name="part">The part refused, e.g. <c>step 'X' ({id})</c>.</param>
    /// <param name="problem">Why.</param>
    public SolutionImportException(string zip, string part, string problem)
        : base($"The solution zip '{zip}' cannot be imported into the sandbox: {part} {problem}.")
    {
        Zip = zip;
        Part = part;
    }

    /// <summary>The zip's path or name.</summary>
    public string Zip { get; }

    /// <summary>The part refused.</summary>
    public string Part { get; }
}
