using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// <c>demo</c>: starts both sandboxes in-process on loopback, seeds an org, makes CRM changes over the Web API so the
/// real plug-ins queue them, pushes twice, then simulates Mailchimp-side events (a campaign with opens and clicks,
/// unsubscribes, a bounce, a re-subscribe) and runs a whole <c>sync</c>, and prints the before/after summary of both
/// sides; with <c>--json</c> as one object. Exit 0 when every run went through, 1 when an item failed.
/// </summary>
public sealed class DemoCommand(IAnsiConsole console)
{
    /// <summary>How many contacts the org has.</summary>
    public static readonly Option<int> Contacts = new("--contacts")
    {
        Description = $"Contacts in the demo org (at least {DemoSize.MinimumContacts}).",
        DefaultValueFactory = _ => 2_000,
    };

    /// <summary>How many leads the org has.</summary>
    public static readonly Option<int> Leads = new("--leads")
    {
        Description = $"Leads in the demo org (at least {DemoSize.MinimumLeads}).",
        DefaultValueFactory = _ => 1_000,
    };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("demo", "Run the sync job end to end on the embedded sandboxes: seed an org, change it in Dynamics, push to Mailchimp, act in Mailchimp, sync back, and show before and after.") { Contacts, Leads };
        command.SetAction(async (parse, stop) =>
        {
            var output = new CommandOutput(console, parse.GetValue(ConnectionFlags.Json));
            var size = new DemoSize(parse.GetValue(Contacts), parse.GetValue(Leads));
            if (size.Contacts < DemoSize.MinimumContacts || size.Leads < DemoSize.MinimumLeads)
            {
                return output.ConfigurationError(new DmcConfigurationException(
                    $"--contacts must be at least {DemoSize.MinimumContacts} and --leads at least {DemoSize.MinimumLeads}; got {size.Contacts} and {size.Leads}."));
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), stop).ConfigureAwait(false);
            await using var dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), stop).ConfigureAwait(false);
            DemoResult result;
            try
            {
                result = await RunAsync(output, progress => new DemoScenario(dataverse, mailchimp, size, progress).RunAsync(stop)).ConfigureAwait(false);
            }
            catch (DemoSetupException e)
            {
                return output.ServiceError(e.Message, new CallCounter());
            }

            var exitCode = result.AnyFailed ? ExitCodes.ItemsFailed : ExitCodes.Success;
            DemoReport.Write(output, result, clock.Elapsed, exitCode);
            return exitCode;
        });
        return command;
    }

    /// <summary>Runs the story with a spinner on a terminal, a plain line per step when redirected, and silently with <c>--json</c>.</summary>
    private static async Task<DemoResult> RunAsync(CommandOutput output, Func<Action<string>, Task<DemoResult>> story)
    {
        var console = output.Console;
        if (output.Json)
        {
            return await story(_ => { }).ConfigureAwait(false);
        }

        if (!console.Profile.Out.IsTerminal)
        {
            return await story(step => console.Profile.Out.Writer.WriteLine("… " + step)).ConfigureAwait(false);
        }

        return await console.Status().StartAsync("Starting the sandboxes", context => story(step => context.Status(Markup.Escape(step)))).ConfigureAwait(false);
    }
}
