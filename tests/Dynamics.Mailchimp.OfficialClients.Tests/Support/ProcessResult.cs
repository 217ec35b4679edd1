namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>The outcome of an external process.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
