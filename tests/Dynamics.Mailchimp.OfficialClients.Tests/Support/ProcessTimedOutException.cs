namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>An external process did not finish within its time limit and was killed.</summary>
internal sealed class ProcessTimedOutException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="command">The command line (no secrets).</param>
    /// <param name="timeout">The limit.</param>
    /// <param name="output">What the process printed before it was killed.</param>
    public ProcessTimedOutException(string command, TimeSpan timeout, string output)
        : base($"'{command}' did not finish within {timeout.TotalSeconds:0} s and was killed. Output so far:{Environment.NewLine}{output}")
    {
    }
}
