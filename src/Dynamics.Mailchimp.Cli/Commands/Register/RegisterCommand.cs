using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Solution.Registration;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// <c>register</c>, for dev organizations: creates or updates the plug-in assembly, its types, the steps and their images
/// from PluginRegistration/ over the Web API, under the declared stable ids, writing only what differs (a second run writes
/// nothing); <c>--dry-run</c> prints the difference. Exit 0 when every row is as declared, 1 when some writes failed,
/// 2 for a configuration or usage error (including a missing assembly or a message the organization lacks),
/// 3 when Dataverse is unreachable or refuses the credentials. Run it as a user who may register plug-ins (System
/// Administrator or System Customizer), not as the connector's application user.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder and logging.</param>
public sealed class RegisterCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(
            "register",
            "Dev orgs: create or update the plug-in assembly, types, steps and images from PluginRegistration/ over the Web API, " +
            "under their stable ids, writing only what differs (a second run writes nothing). Production installs import the managed solution instead.")
        {
            RegisterFlags.Assembly, RegisterFlags.Steps, RegisterFlags.DryRun,
        };
        command.SetAction(async (parse, stop) =>
        {
            var output = new CommandOutput(console, parse.GetValue(ConnectionFlags.Json));
            PluginRegistrationManifest manifest;
            PluginAssemblyFile assembly;
            ServiceConnections connections;
            try
            {
                manifest = LoadManifest(parse.GetValue(RegisterFlags.Steps));
                assembly = PluginAssemblyFile.Read(Path.GetFullPath(parse.GetValue(RegisterFlags.Assembly)!, context.WorkingDirectory));
                connections = ServiceConnections.Create(DmcConfiguration.Build(parse, context.WorkingDirectory), context.Logging);
            }
            catch (DmcConfigurationException e)
            {
                return output.ConfigurationError(e);
            }
            catch (Exception e) when (e is RegisterSourceException or InvalidDataException or IOException)
            {
                return output.ConfigurationError(new DmcConfigurationException(e.Message, e));
            }

            await using (connections.ConfigureAwait(false))
            {
                RegisterResult result;
                try
                {
                    var ids = await new SdkMessageLookup(connections.Dataverse).FindAsync(RegistrationPlan.MessagePairs(manifest), stop).ConfigureAwait(false);
                    var rows = RegistrationPlan.Build(manifest, assembly, ids);
                    result = await new PluginRegistrar(connections.Dataverse).RegisterAsync(rows, parse.GetValue(RegisterFlags.DryRun), stop).ConfigureAwait(false);
                }
                catch (RegisterSourceException e)
                {
                    return output.ConfigurationError(new DmcConfigurationException(e.Message, e));
                }
                catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
                {
                    return output.ServiceError(failure, connections.Calls);
                }

                var exitCode = result.Failures.Count > 0 ? ExitCodes.ItemsFailed : ExitCodes.Success;
                RegisterReport.Write(output, result, connections.Calls, exitCode);
                return exitCode;
            }
        });
        return command;
    }

    private PluginRegistrationManifest LoadManifest(string? path)
    {
        if (path is null)
        {
            return PluginRegistrationManifest.Load();
        }

        var full = Path.GetFullPath(path, context.WorkingDirectory);
        using var stream = File.OpenRead(full);
        return PluginRegistrationManifest.Parse(stream, full);
    }
}
