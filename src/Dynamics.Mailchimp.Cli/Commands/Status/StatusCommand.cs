using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>
/// <c>status</c>: the queue rows per state, the latest failed rows with their errors, the push lease and the
/// checkpoints. Reads only; Dataverse calls: one per 5,000 queue rows (counting), plus one for the failures and one
/// for the state rows. Exit 0 (failed rows included: the report is the result), 2 for a configuration error, 3 when
/// Dataverse is unreachable or refuses the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder, logging and clock.</param>
public sealed class StatusCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>How many failed rows are listed when <c>--top</c> is not given.</summary>
    public const int DefaultTop = 20;

    /// <summary><c>--top N</c>: how many failed rows to list.</summary>
    public static readonly Option<int> Top = CreateTop();

    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(
            "status",
            "Show the sync queue: rows per state (Pending, Processing, Done, Failed, Skipped, Superseded), the latest failed rows with their errors, " +
            "the push lease and the checkpoints. Counting pages the queue's state column 5,000 rows a call (Dataverse FetchXML aggregates are not used: the sandbox does not serve them).")
        {
            Top,
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
                StatusSnapshot snapshot;
                try
                {
                    var dataverse = connections.Dataverse;
                    var counts = await QueueStateCounter.CountAsync(dataverse, stop).ConfigureAwait(false);
                    var failures = await FailedRowReader.TopAsync(dataverse, parse.GetValue(Top), stop).ConfigureAwait(false);
                    var states = await SyncStateReader.ReadAsync(dataverse, stop).ConfigureAwait(false);
                    snapshot = new StatusSnapshot(counts, failures, states, context.Time.GetUtcNow());
                }
                catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
                {
                    return output.ServiceError(failure, connections.Calls);
                }

                StatusReport.Write(output, snapshot, connections.Calls, ExitCodes.Success);
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static Option<int> CreateTop()
    {
        var top = new Option<int>("--top")
        {
            Description = $"How many failed rows to list, most recent first (1–{FailedRowReader.MaxTop}).",
            DefaultValueFactory = _ => DefaultTop,
            HelpName = "N",
        };
        top.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > FailedRowReader.MaxTop)
            {
                result.AddError($"--top must be between 1 and {FailedRowReader.MaxTop}; got {value}.");
            }
        });
        return top;
    }
}
