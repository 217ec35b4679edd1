using System.CommandLine;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// <c>demo</c>: runs CRM changes against the embedded in-memory organization with the real plug-ins registered as
/// PluginRegistration/plugin-steps.json declares, and prints what each change queued, with reads, writes and time.
/// </summary>
public sealed class DemoCommand(IAnsiConsole console)
{
    /// <summary>How many members the bulk AddListMembers step adds.</summary>
    public static readonly Option<int> BulkMembers = new("--bulk-members")
    {
        Description = "Members the bulk AddListMembers step adds to the synced list.",
        DefaultValueFactory = _ => 100_000,
    };

    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("demo", "Run CRM changes on the embedded sandbox and show the sync queue rows the plug-ins write.") { BulkMembers };
        command.SetAction((parse, _) =>
        {
            var members = parse.GetValue(BulkMembers);
            if (members < 1)
            {
                console.MarkupLine("[red]--bulk-members must be at least 1.[/]");
                return Task.FromResult(2);
            }

            var steps = new DemoScenario(members).Run();
            DemoReport.Write(console, steps, members);
            return Task.FromResult(steps.All(s => s.Passed) ? 0 : 1);
        });
        return command;
    }
}
