using System.Globalization;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// Prints the demo: the CRM changes and the queue rows they made, the job's runs side by side (members by outcome,
/// rows, calls, time), the audience before and after, skip reasons as written on the rows, and failures. With
/// <c>--json</c> the same as one object (see <see cref="DemoJson"/>).
/// </summary>
public static class DemoReport
{
    private static readonly (string Key, string Label)[] Outcomes =
    [
        (MemberCounts.Upserted, "created or updated"),
        (MemberCounts.Tagged, "tagged or untagged"),
        (MemberCounts.Unsubscribed, "unsubscribed (CRM opt-out)"),
        (MemberCounts.Archived, "archived (left the audience)"),
        (MemberCounts.KeptUnsubscribed, "kept unsubscribed by Mailchimp"),
        (MemberCounts.Skipped, "skipped (reason on the row)"),
        (MemberCounts.Refused, "refused by Mailchimp"),
        (MemberCounts.Failed, "failed (retried next run)"),
        (MemberCounts.Held, "held by the mass-removal rail"),
    ];

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where.</param>
    /// <param name="result">The demo's result.</param>
    /// <param name="elapsed">The demo's whole wall time, sandboxes and seeding included.</param>
    /// <param name="exitCode">The exit code.</param>
    public static void Write(CommandOutput output, DemoResult result, TimeSpan elapsed, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (output.Json)
        {
            output.WriteJson(DemoJson.Create(result, elapsed, exitCode));
            return;
        }

        var console = output.Console;
        console.Write(new Rule("[bold]Dynamics.Mailchimp demo: Dynamics → sync queue → sync job → Mailchimp[/]").LeftJustified());
        console.MarkupLine(Markup.Escape($"{DemoJson.Machine()}. Org: {result.Size.Contacts:N0} contacts, {result.Size.Leads:N0} leads; both sandboxes in-process on loopback."));
        foreach (var run in result.Runs)
        {
            console.Write(Changes(run));
        }

        console.Write(Runs(result.Runs));
        console.Write(Audience(result));
        foreach (var (code, text) in result.Runs[^1].SkipExamples)
        {
            console.MarkupLine($"[yellow]Skipped[/] ({Markup.Escape(code)}), as written on the queue row: {Markup.Escape(text)}");
        }

        foreach (var failure in result.Runs.SelectMany(run => run.Summary.Failures).Take(10))
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        console.MarkupLine(exitCode == ExitCodes.Success
            ? $"[green]Done[/] in {elapsed.TotalSeconds:N1} s (sandboxes, seeding and both runs). Run it yourself: [bold]dmc sandbox[/], then [bold]dmc sync[/] with the printed URLs."
            : "[red]Some members failed[/]; they stay queued and are retried on the next run.");
    }

    private static Table Changes(DemoRun run)
    {
        var table = new Table().Title(Markup.Escape($"CRM changes before \"{run.Name}\" (Web API, admin token) → queue rows the plug-ins wrote"))
            .AddColumn("Change").AddColumn(new TableColumn("Records").RightAligned()).AddColumn(new TableColumn("Queue rows").RightAligned());
        foreach (var change in run.Changes)
        {
            table.AddRow(Markup.Escape(change.What), Number(change.Records), Number(change.RowsQueued));
        }

        return table;
    }

    private static Table Runs(IReadOnlyList<DemoRun> runs)
    {
        var table = new Table().Title("The sync job (dmc sync's path: production clients, connector token)").AddColumn("Members");
        foreach (var run in runs)
        {
            table.AddColumn(new TableColumn(Markup.Escape(run.Name)).RightAligned());
        }

        foreach (var (key, label) in Outcomes)
        {
            table.AddRow([Markup.Escape(label), .. runs.Select(run => Number(run[key]))]);
        }

        foreach (var state in runs.SelectMany(run => run.Summary.Rows.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            table.AddRow([Markup.Escape("queue rows " + state), .. runs.Select(run => Number(run.Summary.Rows.GetValueOrDefault(state)))]);
        }

        table.AddRow(["calls to Mailchimp", .. runs.Select(run => Number(run.MailchimpCalls))]);
        table.AddRow(["calls to Dataverse", .. runs.Select(run => Number(run.DataverseCalls))]);
        table.AddRow(["wall time", .. runs.Select(run => run.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms")]);
        return table;
    }

    private static Table Audience(DemoResult result)
    {
        var table = new Table().Title(Markup.Escape($"Mailchimp audience (tag {DemoScenario.TagName}, interest \"Product updates\")")).AddColumn("Members");
        foreach (var (moment, _) in result.Audience)
        {
            table.AddColumn(new TableColumn(Markup.Escape(moment)).RightAligned());
        }

        var statuses = result.Audience.SelectMany(a => a.Snapshot.Statuses.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var status in statuses)
        {
            table.AddRow([Markup.Escape(status), .. result.Audience.Select(a => Number(a.Snapshot[status]))]);
        }

        table.AddRow(["with the tag", .. result.Audience.Select(a => Number(a.Snapshot.Tagged))]);
        table.AddRow(["with the interest", .. result.Audience.Select(a => Number(a.Snapshot.InInterest))]);
        table.AddRow(["total", .. result.Audience.Select(a => Number(a.Snapshot.Total))]);
        return table;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
