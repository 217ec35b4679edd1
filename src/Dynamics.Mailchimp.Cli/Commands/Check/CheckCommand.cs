using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Check;

/// <summary>
/// <c>check</c>: validates the settings, then calls each service once (Mailchimp <c>ping</c>, Dataverse <c>WhoAmI</c>)
/// and prints one line per check. Exit 0 when all pass, 2 for a configuration error, 3 when a service is unreachable
/// or refuses the credentials.
/// </summary>
public sealed class CheckCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("check", "Validate the settings and check that Mailchimp and Dataverse answer with them.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var json = parse.GetValue(ConnectionFlags.Json);
            var output = new CommandOutput(console, json);
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
                var results = new[]
                {
                    await ConnectivityChecks.MailchimpAsync(connections.Mailchimp, cancellationToken).ConfigureAwait(false),
                    await ConnectivityChecks.DataverseAsync(connections.Dataverse, cancellationToken).ConfigureAwait(false),
                };
                var exitCode = results.Where(r => !r.Passed).Select(r => r.ExitCode).DefaultIfEmpty(ExitCodes.Success).Max();
                CheckReport.Write(output, results, connections.Calls, exitCode);
                return exitCode;
            }
        });
        return command;
    }
}
