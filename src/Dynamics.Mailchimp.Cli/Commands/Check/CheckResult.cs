namespace Dynamics.Mailchimp.Cli.Commands.Check;

/// <summary>One line of <c>dmc check</c>: what was checked, whether it passed, and what was found or what to fix.</summary>
/// <param name="Name">What was checked.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Detail">What was found, or what to fix; never a secret.</param>
/// <param name="ExitCode">The exit code this result calls for when it failed (see <see cref="ExitCodes"/>).</param>
public sealed record CheckResult(string Name, bool Passed, string Detail, int ExitCode = ExitCodes.Success);
