namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>A program the official-client tests need (node, npm) is not on PATH.</summary>
internal sealed class RequiredToolMissingException : Exception
{
    /// <summary>Creates the exception for <paramref name="tool"/>.</summary>
    /// <param name="tool">The program name.</param>
    /// <param name="inner">The start failure.</param>
    public RequiredToolMissingException(string tool, Exception inner)
        : base($"'{tool}' was not found on PATH. The official Mailchimp client conformance tests need Node.js 18+ and npm: install them, then re-run the tests.", inner)
    {
        Tool = tool;
    }

    /// <summary>Gets the missing program's name.</summary>
    public string Tool { get; }
}
