using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Commands.Pull;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// Prints the demo: the CRM changes and the queue rows they made, the Mailchimp-side events, the job's runs side by side
/// (members by outcome, rows, calls, time), what the last sync pulled back, the audience and the CRM side before and
/// after, skip reasons as written on the rows, and failures. With
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
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    public static void Write(CommandOutput output, DemoResult result, TimeSpan elapsed, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (output.Json)
        {
            output.WriteJson(JsonSerializer.SerializeToNode(DemoJson.Create(result, elapsed, exitCode), JsonSerializerOptions.Web)!);
            return;
        }

        var console = output.Console;
        const string Title = "Dynamics.Mailchimp demo: Dynamics → sync queue → sync job → Mailchimp";
        if (console.Profile.Out.IsTerminal)
        {
            console.Write(new Rule($"[bold]{Title}[/]").LeftJustified());
        }
        else
        {
            Line(console, "== " + Title);
        }

        Line(console, $"{DemoJson.Machine()}. Org: {Number(result.Size.Contacts)} contacts, {Number(result.Size.Leads)} leads; both sandboxes in-process on loopback.");
        foreach (var run in result.Runs)
        {
            Changes(run).Write(console);
        }

        Runs(result.Runs).Write(console);
        if (result.Runs.Any(run => run.Pulled is not null))
        {
            DemoCrmTables.Pulled(result.Runs).Write(console);
        }

        Audience(result).Write(console);
        if (result.Crm.Count > 0)
        {
            DemoCrmTables.Crm(result.Crm).Write(console);
        }

        if (result.RealTime is { } realTime)
        {
            Line(console, $"Real time (dmc serve): {realTime.Email} unsubscribed in Mailchimp; the sandbox delivered the webhook and the CRM had it " +
                $"{realTime.Latency.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)} ms later, with no sync run: donotbulkemail {(realTime.DoNotBulkEmail ? "true" : "false")}, " +
                $"status {realTime.Status ?? "none"}, {realTime.ConsentEvents} consent log rows for the contact.");
        }

        foreach (var (code, text) in result.Runs[^1].SkipExamples)
        {
            Line(console, $"Skipped ({code}), as written on the queue row: {text}");
        }

        foreach (var failure in result.Runs.SelectMany(run => run.Summary.Failures.Concat(run.Pulled?.Failures ?? []).Concat(run.Activity?.Failures ?? [])).Take(10))
        {
            Line(console, "Failed: " + failure);
        }

        Line(console, exitCode == ExitCodes.Success
            ? $"Done in {elapsed.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s (sandboxes, seeding, events and every run). Run it yourself: dmc sandbox, then dmc sync with the printed URLs."
            : "Some members failed; they stay queued and are retried on the next run.");
    }

    private static DemoTable Changes(DemoRun run) => new(
        run.Pulled is null
            ? $"CRM changes before \"{run.Name}\" (Web API, admin token) → queue rows the plug-ins wrote"
            : $"Mailchimp-side events before \"{run.Name}\" (sandbox controls) → queue rows (none: only CRM changes queue)",
        ["Change", "Records", "Queue rows"],
        [.. run.Changes.Select(change => (IReadOnlyList<string>)[change.What, Number(change.Records), Number(change.RowsQueued)])]);

    private static DemoTable Runs(IReadOnlyList<DemoRun> runs)
    {
        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(Outcomes.Select(outcome => Row(outcome.Label, runs.Select(run => Number(run[outcome.Key])))));
        var states = runs.SelectMany(run => run.Summary.Rows.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        rows.AddRange(states.Select(state => Row("queue rows " + state, runs.Select(run => Number(run.Summary.Rows.GetValueOrDefault(state))))));
        rows.Add(Row("calls to Mailchimp", runs.Select(run => Number(run.MailchimpCalls))));
        rows.Add(Row("calls to Dataverse", runs.Select(run => Number(run.DataverseCalls))));
        rows.Add(Row("wall time", runs.Select(run => run.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms")));
        return new DemoTable("The sync job (dmc sync's path: production clients, connector token)", [.. Row("Members", runs.Select(run => run.Name))], rows);
    }

    private static DemoTable Audience(DemoResult result)
    {
        var moments = result.Audience.Select(a => a.Snapshot).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        var statuses = moments.SelectMany(a => a.Statuses.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        rows.AddRange(statuses.Select(status => Row(status, moments.Select(a => Number(a[status])))));
        rows.Add(Row("with the tag", moments.Select(a => Number(a.Tagged))));
        rows.Add(Row("with the interest", moments.Select(a => Number(a.InInterest))));
        rows.Add(Row("total", moments.Select(a => Number(a.Total))));
        return new DemoTable($"Mailchimp audience (tag {DemoScenario.TagName}, interest \"Product updates\")", [.. Row("Members", result.Audience.Select(a => a.Moment))], rows);
    }

    /// <summary>A line of text: wrapped to the terminal, or one whole line when redirected.</summary>
    private static void Line(IAnsiConsole console, string text)
    {
        if (console.Profile.Out.IsTerminal)
        {
            console.WriteLine(text);
            return;
        }

        console.Profile.Out.Writer.WriteLine(text);
        console.Profile.Out.Writer.Flush();
    }

    /// <summary>A row: its label, then one cell per column.</summary>
    /// <param name="label">The label.</param>
    /// <param name="cells">The cells.</param>
    /// <returns>The row.</returns>
    internal static IReadOnlyList<string> Row(string label, IEnumerable<string> cells) => [label, .. cells];

    /// <summary>A count with thousands separators.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The text.</returns>
    internal static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
