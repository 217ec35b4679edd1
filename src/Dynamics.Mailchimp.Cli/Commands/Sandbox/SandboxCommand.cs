using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sandbox.Xrm.Solutions;
using Dynamics.Mailchimp.Solution.Package;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Sandbox;

/// <summary>
/// <c>sandbox</c>: serves the Dataverse Web API emulator and the Mailchimp emulator on loopback ports picked at
/// start-up, seeded with a small org and one audience, prints their base URLs and credentials, and runs until Ctrl+C.
/// With <c>--solution ZIP</c> the organization's tables, columns and plug-in steps come from a packed solution zip.
/// </summary>
public sealed class SandboxCommand(IAnsiConsole console)
{
    /// <summary><c>--solution ZIP</c>: build the Dataverse organization from a packed solution zip instead of the source.</summary>
    public static readonly Option<string?> SolutionOption = new("--solution")
    {
        Description = "Build the Dataverse organization from a packed solution zip (its tables, columns and plug-in steps) instead of solution/src and PluginRegistration/.",
        HelpName = "ZIP",
    };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("sandbox", "Serve the Dataverse and Mailchimp emulators on loopback until Ctrl+C, seeded with a small org and one audience.")
        {
            SolutionOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), cancellationToken);
            DataverseSandbox dataverse;
            try
            {
                dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions { Solution = parse.GetValue(SolutionOption) }, cancellationToken);
            }
            catch (Exception ex) when (ex is SolutionPackageException or SolutionImportException or ValidationException)
            {
                return new CommandOutput(console, json: false).ConfigurationError(new DmcConfigurationException(ex.Message, ex));
            }

            await using var started = dataverse;
            var seed = SandboxSeed.Apply(dataverse);
            SandboxBanner.Write(console, dataverse, mailchimp, seed);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("Stopping the sandbox.");
            }

            return 0;
        });
        return command;
    }
}
