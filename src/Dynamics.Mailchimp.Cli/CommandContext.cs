using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli;

/// <summary>What a verb gets from the process: the working folder and where logs go. Tests pass their own.</summary>
/// <param name="WorkingDirectory">Where the default settings file is looked for.</param>
/// <param name="Logging">Configures logging for the clients (standard error by default).</param>
public sealed record CommandContext(string WorkingDirectory, Action<ILoggingBuilder> Logging)
{
    /// <summary>Gets the clock the job runs on (leases, backoff, timestamps).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Gets what is told the addresses <c>dmc serve</c> listens on once it accepts deliveries (tests wait on it instead of polling).</summary>
    public Action<IReadOnlyList<Uri>>? ServeListening { get; init; }

    /// <summary>The real process: the current folder, warnings and errors on standard error.</summary>
    public static CommandContext ForProcess() => new(
        Environment.CurrentDirectory,
        logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
}
