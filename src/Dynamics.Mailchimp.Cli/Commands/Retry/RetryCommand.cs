using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Model;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>
/// <c>retry</c>: puts Failed queue rows back in the queue (state Pending, attempts 0; the last error is kept until the
/// next push replaces or clears it), all of them or those matching <c>--match</c> and <c>--kind</c>. Exit 0 when every
/// matched row was re-queued (or left because a push changed it meanwhile), 1 when some writes failed, 2 for a
/// configuration or usage error, 3 when Dataverse is unreachable or refuses the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder and logging.</param>
public sealed class RetryCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(
            "retry",
            "Put failed queue rows back in the queue (Pending, attempts reset to 0, last error kept until the next push), so the next push retries them at once. " +
            "Writes in tagged $batch requests of up to 1,000 rows that the plug-ins ignore.")
        {
            RetryFlags.Match, RetryFlags.Kind, RetryFlags.DryRun,
        };
        command.SetAction(async (parse, stop) =>
        {
            var output = new CommandOutput(console, parse.GetValue(ConnectionFlags.Json));
            ServiceConnections connections;
            try
            {
                connections = ServiceConnections.Create(DmcConfiguration.Build(parse, context.WorkingDirectory), context.Logging);
            }
            catch (DmcConfigurationException e)
            {
                return output.ConfigurationError(e);
            }

            await using (connections.ConfigureAwait(false))
            {
                var kind = parse.GetValue(RetryFlags.Kind) is { } name ? Enum.Parse<QueueRowKind>(name) : (QueueRowKind?)null;
                var filter = new RetryFilter(parse.GetValue(RetryFlags.Match), kind);
                RetryResult result;
                try
                {
                    result = await new FailedRowRequeuer(connections.Dataverse).RequeueAsync(filter, parse.GetValue(RetryFlags.DryRun), stop).ConfigureAwait(false);
                }
                catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
                {
                    return output.ServiceError(failure, connections.Calls);
                }

                var exitCode = result.Failures.Count > 0 ? ExitCodes.ItemsFailed : ExitCodes.Success;
                RetryReport.Write(output, result, connections.Calls, exitCode);
                return exitCode;
            }
        });
        return command;
    }
}
