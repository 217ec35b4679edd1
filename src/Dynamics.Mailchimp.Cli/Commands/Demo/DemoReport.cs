using System.Globalization;
using System.Runtime.InteropServices;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>Prints the demo's steps as a table, with the machine it ran on.</summary>
public static class DemoReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<DemoStep> steps, int bulkMembers)
    {
        console.Write(new Rule("[bold]Dynamics.Mailchimp demo: CRM changes → sync queue[/]").LeftJustified());
        console.MarkupLine($"Machine: {Environment.ProcessorCount} cores, {Markup.Escape(RuntimeInformation.OSDescription)}, .NET {Environment.Version}. Bulk step: {bulkMembers:N0} members.");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("CRM change").AddColumn("Expected").AddColumn(new TableColumn("Rows").RightAligned())
            .AddColumn(new TableColumn("Plug-in reads").RightAligned()).AddColumn(new TableColumn("Plug-in writes").RightAligned())
            .AddColumn(new TableColumn("ms").RightAligned()).AddColumn("");
        foreach (var step in steps)
        {
            table.AddRow(
                Markup.Escape(step.Action),
                Markup.Escape(step.Expected),
                step.RowsQueued.ToString(CultureInfo.InvariantCulture),
                step.Reads.ToString(CultureInfo.InvariantCulture),
                step.Writes.ToString(CultureInfo.InvariantCulture),
                step.Elapsed.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture),
                step.Passed ? "[green]ok[/]" : "[red]UNEXPECTED[/]");
        }

        console.Write(table);
        console.MarkupLine(steps.All(s => s.Passed)
            ? "[green]Every change queued what it should.[/] The sync job (a later issue) drains these rows to Mailchimp."
            : "[red]Some changes did not queue what they should.[/]");
    }
}
