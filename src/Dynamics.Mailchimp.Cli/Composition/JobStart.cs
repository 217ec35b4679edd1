using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>
/// What the job's verbs (<c>sync</c>, <c>push</c>, <c>pull</c>) start from: the configuration with the organization's
/// settings (the solution's environment variables, read from Dataverse in one request), the validated settings and both
/// clients.
/// </summary>
public static class JobStart
{
    /// <summary>
    /// Reads the configuration, connects to Dataverse, reads the organization's settings into the configuration's
    /// organization layer, validates the job's settings and opens the Mailchimp client; or reports what is wrong.
    /// </summary>
    /// <param name="parse">The command line.</param>
    /// <param name="context">The working folder and logging.</param>
    /// <param name="output">Where a configuration or service error is reported.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="beside">
    /// Started with the Dataverse client as soon as it exists, beside the read of the organization's settings (a verb's
    /// first read, e.g. its lease row: <see cref="LeaseLookAhead"/>); null starts nothing.
    /// </param>
    /// <returns>The opened job, or the exit code: <see cref="ExitCodes.ConfigurationError"/> for a wrong setting (an
    /// environment variable that does not parse included), <see cref="ExitCodes.ServiceUnavailable"/> when Dataverse cannot be
    /// read.</returns>
    public static async Task<JobStartResult> OpenAsync(ParseResult parse, CommandContext context, CommandOutput output, CancellationToken cancellationToken, Action<IDataverseClient, CancellationToken>? beside = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var calls = new CallCounter();
        try
        {
            var configuration = DmcConfiguration.Build(parse, context.WorkingDirectory);
            IReadOnlyList<EnvironmentVariableReading> readings = [];
            var connections = await ServiceConnections.CreateAsync(
                configuration,
                context.Logging,
                calls,
                async (dataverse, stop) =>
                {
                    beside?.Invoke(dataverse, stop);
                    readings = await EnvironmentVariableReader.ReadAsync(dataverse, EnvironmentVariableSettings.SchemaNames, stop).ConfigureAwait(false);
                    DmcConfiguration.SetOrganizationSettings(configuration, EnvironmentVariableSettings.ToConfiguration(readings));
                },
                cancellationToken).ConfigureAwait(false);
            try
            {
                return new JobStartResult(connections, JobSettings.Read(configuration), readings, ExitCodes.Success);
            }
            catch (DmcConfigurationException e)
            {
                await connections.DisposeAsync().ConfigureAwait(false);
                throw EnvironmentVariableSettings.Explain(e, readings);
            }
            catch
            {
                await connections.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (DmcConfigurationException e)
        {
            return JobStartResult.Failed(output.ConfigurationError(e));
        }
        catch (Exception e) when (ServiceFailure.Describe(e, cancellationToken) is { } failure)
        {
            return JobStartResult.Failed(output.ServiceError(failure, calls));
        }
    }

    /// <summary>
    /// Opens the job (<see cref="OpenAsync"/>) and runs a verb with its output, clients and settings, disposing the
    /// clients afterwards; a configuration or service error at start is reported and its exit code returned.
    /// </summary>
    /// <param name="parse">The command line.</param>
    /// <param name="context">The working folder and logging.</param>
    /// <param name="console">Where the verb writes.</param>
    /// <param name="run">The verb, given the output, the clients and the settings; returns the exit code.</param>
    /// <param name="cancellationToken">Cancels the start (the verb takes its own token).</param>
    /// <param name="beside">Started beside the read of the organization's settings (<see cref="OpenAsync"/>); null starts nothing.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        ParseResult parse,
        CommandContext context,
        Spectre.Console.IAnsiConsole console,
        Func<CommandOutput, ServiceConnections, JobSettings, Task<int>> run,
        CancellationToken cancellationToken,
        Action<IDataverseClient, CancellationToken>? beside = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(run);
        var output = new CommandOutput(console, parse.GetValue(ConnectionFlags.Json));
        var start = await OpenAsync(parse, context, output, cancellationToken, beside).ConfigureAwait(false);
        if (!start.Opened)
        {
            return start.ExitCode;
        }

        await using (start.Connections.ConfigureAwait(false))
        {
            return await run(output, start.Connections, start.Settings).ConfigureAwait(false);
        }
    }
}
