using System.Diagnostics.CodeAnalysis;
using Dynamics.Mailchimp.Cli.Configuration;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>What <see cref="JobStart.OpenAsync"/> opened, or why not.</summary>
/// <param name="Connections">The clients (dispose them), when opened.</param>
/// <param name="Settings">The validated settings, when opened.</param>
/// <param name="EnvironmentVariables">The solution's environment variables as Dataverse held them (current and default values).</param>
/// <param name="ExitCode"><see cref="ExitCodes.Success"/> when opened; otherwise the code to exit with (the error is already reported).</param>
public sealed record JobStartResult(ServiceConnections? Connections, JobSettings? Settings, IReadOnlyList<EnvironmentVariableReading> EnvironmentVariables, int ExitCode)
{
    /// <summary>Gets a value indicating whether the verb can run.</summary>
    [MemberNotNullWhen(true, nameof(Connections), nameof(Settings))]
    public bool Opened => Connections is not null && Settings is not null;

    /// <summary>A start that failed with <paramref name="exitCode"/>.</summary>
    /// <param name="exitCode">The exit code.</param>
    /// <returns>The result.</returns>
    public static JobStartResult Failed(int exitCode) => new(null, null, [], exitCode);
}
