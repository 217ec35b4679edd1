using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>What the job's verbs (<c>sync</c>, <c>push</c>, <c>pull</c>) start from: the validated settings and both clients.</summary>
public static class JobStart
{
    /// <summary>Reads the configuration, validates the job's settings and opens both clients, or reports what is wrong.</summary>
    /// <param name="parse">The command line.</param>
    /// <param name="context">The working folder and logging.</param>
    /// <param name="output">Where a configuration error is reported.</param>
    /// <param name="connections">The clients (dispose them), when opened.</param>
    /// <param name="settings">The settings, when valid.</param>
    /// <param name="exitCode"><see cref="ExitCodes.ConfigurationError"/> when not opened.</param>
    /// <returns>Whether the verb can run.</returns>
    public static bool TryOpen(
        ParseResult parse,
        CommandContext context,
        CommandOutput output,
        [NotNullWhen(true)] out ServiceConnections? connections,
        [NotNullWhen(true)] out JobSettings? settings,
        out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var configuration = DmcConfiguration.Build(parse, context.WorkingDirectory);
            settings = JobSettings.Read(configuration);
            connections = ServiceConnections.Create(configuration, context.Logging);
            exitCode = ExitCodes.Success;
            return true;
        }
        catch (DmcConfigurationException e)
        {
            (connections, settings) = (null, null);
            exitCode = output.ConfigurationError(e);
            return false;
        }
    }
}
