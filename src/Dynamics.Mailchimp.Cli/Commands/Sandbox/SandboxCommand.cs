using System.CommandLine;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Sandbox;

/// <summary>
/// <c>sandbox</c>: serves the Dataverse Web API emulator and the Mailchimp emulator on loopback ports picked at
/// start-up, seeded with a small org and one audience, prints their base URLs and credentials, and runs until Ctrl+C.
/// </summary>
public sealed class SandboxCommand(IAnsiConsole console)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("sandbox", "Serve the Dataverse and Mailchimp emulators on loopback until Ctrl+C, seeded with a small org and one audience.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), cancellationToken);
            await using var dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), cancellationToken);
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
