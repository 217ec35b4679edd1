using System.CommandLine;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Forget;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Forget;

/// <summary>
/// <c>forget &lt;email&gt;</c>: a right-to-erasure request, both ways (<see cref="ForgetRunner"/>): the member is deleted
/// permanently in every audience the connector maps, the connector's copies of the address in Dataverse are cleared,
/// and one audit row keeps only the address's hash. The address never appears in the output, logs or errors: only its
/// hash. Exit 0 when erased or already forgotten, 1 when some items failed or changed meanwhile (run it again), 2 for
/// a configuration or usage error (an address that is not one included), 3 when a service is unreachable or refuses
/// the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder, logging and clock.</param>
public sealed class ForgetCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(
            "forget",
            "Erase an email address (GDPR right to erasure): delete the member permanently in every mapped Mailchimp audience and clear the connector's copies in Dataverse " +
            "(queue rows, consent log texts, the Mailchimp id and status on contacts, leads and accounts); one audit row keeps only the address's SHA-256 hash. " +
            "The CRM records themselves are not deleted.")
        {
            ForgetFlags.Email, ForgetFlags.DryRun,
        };
        command.SetAction(async (parse, stop) =>
        {
            ErasedAddress address;
            try
            {
                address = ErasedAddress.Parse(parse.GetValue(ForgetFlags.Email));
            }
            catch (ErasureAddressException e)
            {
                return new CommandOutput(console, parse.GetValue(ConnectionFlags.Json)).ConfigurationError(new DmcConfigurationException(e.Message, e));
            }

            return await JobStart.RunAsync(parse, context, console, async (output, connections, _) =>
            {
                ForgetResult result;
                try
                {
                    result = await new ForgetRunner(connections.Dataverse, connections.Mailchimp, context.Time).RunAsync(address, parse.GetValue(ForgetFlags.DryRun), stop).ConfigureAwait(false);
                }
                catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
                {
                    return output.ServiceError(address.Scrub(failure)!, connections.Calls);
                }

                var exitCode = result.AnyFailed ? ExitCodes.ItemsFailed : ExitCodes.Success;
                ForgetReport.Write(output, result, connections.Calls, exitCode);
                return exitCode;
            }, stop).ConfigureAwait(false);
        });
        return command;
    }
}
