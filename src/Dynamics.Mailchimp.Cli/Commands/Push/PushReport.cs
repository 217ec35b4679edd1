using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Commands.Pull;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Dynamics.Mailchimp.Sync.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Push;

/// <summary>
/// Prints a push run: members by outcome, rows by state, skip reasons, failures, held removals and calls; with
/// <c>--json</c> one object: <c>pushed</c> (counts per outcome), <c>failed</c>, <c>skipped</c>, <c>held</c>, <c>rows</c>,
/// <c>skipReasons</c>, <c>failures</c>, <c>massRemoval</c>, <c>consentEvents</c> (CRM consent log rows written), <c>calls</c> (<c>mailchimp</c>, <c>dataverse</c>), <c>exitCode</c>;
/// after a pull (<c>sync</c>) also <c>pulled</c> (counts per kind, campaigns and activities per action),
/// <c>pullFailures</c>, <c>activityFailures</c> and <c>unmatched</c>, and the status pull's tables before the push's,
/// the activity's after.
/// </summary>
public static class PushReport
{
    private const int FailuresShown = 20;

    /// <summary>Writes the summary.</summary>
    /// <param name="output">Where.</param>
    /// <param name="summary">The push.</param>
    /// <param name="calls">The calls of the whole verb.</param>
    /// <param name="exitCode">The verb's exit code.</param>
    /// <param name="pulled">The pull that ran before the push (<c>sync</c>), or <see langword="null"/>.</param>
    /// <param name="activity">The activity pull that ran after it (<c>sync</c>), or <see langword="null"/>.</param>
    public static void Write(CommandOutput output, PushSummary summary, CallCounter calls, int exitCode, PullSummary? pulled = null, ActivitySummary? activity = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(pulled is null ? Json(summary, calls, exitCode) : WithPull(Json(summary, calls, exitCode), pulled, activity));
            return;
        }

        var console = output.Console;
        if (pulled is not null)
        {
            PullReport.WriteText(console, pulled);
        }

        WritePush(console, summary, calls);
        if (activity is not null)
        {
            ActivityReport.WriteText(console, activity);
        }
    }

    /// <summary>Writes the push's tables and lines (the text form).</summary>
    /// <param name="console">Where.</param>
    /// <param name="summary">The push.</param>
    /// <param name="calls">The calls of the whole verb.</param>
    internal static void WritePush(IAnsiConsole console, PushSummary summary, CallCounter calls)
    {
        if (summary.LeaseHeldBy is { } holder)
        {
            console.MarkupLine($"Another instance is pushing ([bold]{Markup.Escape(holder.Owner)}[/], lease until {holder.ExpiresOn:u}); nothing to do.");
            return;
        }

        WriteReconciled(console, summary);
        console.Write(Counts(summary.DryRun ? "Planned (dry run: nothing written)" : "Members", summary.Members));
        console.Write(Counts("Queue rows", summary.Rows));
        if (summary.SkipReasons.Count > 0)
        {
            console.Write(Counts("Skip reasons", summary.SkipReasons));
        }

        foreach (var verdict in summary.Held)
        {
            console.MarkupLine("[yellow]Held:[/] " + Markup.Escape(verdict.Message) + " Run again with [bold]--allow-mass-removal[/] to let them go.");
        }

        foreach (var failure in summary.Failures.Take(FailuresShown))
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        if (summary.Failures.Count > FailuresShown)
        {
            console.MarkupLine($"… and {summary.Failures.Count - FailuresShown} more (dmc status lists them).");
        }

        console.MarkupLine($"{summary.Cycles} cycle(s); calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}{(summary.Stopped ? "; stopped early on a signal" : string.Empty)}.");
    }

    /// <summary>The push as the object <c>--json</c> prints.</summary>
    /// <param name="summary">The push.</param>
    /// <param name="calls">The calls of the whole verb.</param>
    /// <param name="exitCode">The verb's exit code.</param>
    /// <returns>The object.</returns>
    internal static JsonObject Json(PushSummary summary, CallCounter calls, int exitCode)
    {
        string[] pushedKeys = [MemberCounts.Upserted, MemberCounts.Unsubscribed, MemberCounts.Archived, MemberCounts.Tagged, MemberCounts.KeptUnsubscribed, MemberCounts.Refused, MemberCounts.ErasedInMailchimp, MemberCounts.Planned];
        return new JsonObject
        {
            ["pushed"] = JsonFields.Counts(pushedKeys.Select(key => KeyValuePair.Create(key, summary.Members.GetValueOrDefault(key)))),
            ["failed"] = summary.Members.GetValueOrDefault(MemberCounts.Failed),
            ["skipped"] = summary.Members.GetValueOrDefault(MemberCounts.Skipped),
            ["held"] = summary.Members.GetValueOrDefault(MemberCounts.Held),
            ["rows"] = JsonFields.Counts(summary.Rows),
            ["skipReasons"] = JsonFields.Counts(summary.SkipReasons),
            ["failures"] = JsonFields.Strings(summary.Failures),
            ["massRemoval"] = JsonFields.Array(summary.Held, v => new JsonObject { ["audience"] = v.AudienceId, ["removals"] = v.Removals, ["audienceSize"] = v.AudienceSize, ["message"] = v.Message }),
            ["consentEvents"] = summary.ConsentEvents,
            ["reconciled"] = new JsonObject
            {
                ["scope"] = summary.Reconciled.Scope.ToString(),
                ["lists"] = summary.Reconciled.Drifts.Count,
                ["rowsQueued"] = summary.Reconciled.RowsQueued,
                ["errors"] = JsonFields.Strings(summary.ReconcileError is { } error ? [error, .. summary.Reconciled.Errors] : summary.Reconciled.Errors),
            },
            ["calls"] = JsonFields.Calls(calls),
            ["cycles"] = summary.Cycles,
            ["dryRun"] = summary.DryRun,
            ["stopped"] = summary.Stopped,
            ["leaseHeldBy"] = summary.LeaseHeldBy?.Owner,
            ["exitCode"] = exitCode,
        };
    }

    private static void WriteReconciled(IAnsiConsole console, PushSummary summary)
    {
        var reconciled = summary.Reconciled;
        if (reconciled.Drifts.Count > 0)
        {
            var lists = reconciled.Scope == Sync.Reconcile.ReconcileScope.AllLists ? "every synced list" : "the dynamic lists";
            var differing = reconciled.Drifts.Count(d => !d.IsClean);
            console.MarkupLine(Markup.Escape($"Reconciled {lists} ({reconciled.Drifts.Count}): {differing} differed from Mailchimp; {reconciled.RowsQueued} correction row(s) queued."));
        }

        foreach (var error in reconciled.Errors.Prepend(summary.ReconcileError).OfType<string>())
        {
            console.MarkupLine("[red]Reconciliation:[/] " + Markup.Escape(error));
        }
    }

    private static JsonObject WithPull(JsonObject json, PullSummary pulled, ActivitySummary? activity)
    {
        json.Insert(0, "pulled", PullReport.Pulled(pulled, activity));
        json["pullFailures"] = JsonFields.Strings(pulled.Failures);
        json["activityFailures"] = JsonFields.Strings(activity?.Failures ?? []);
        json["unmatched"] = JsonFields.Strings(pulled.UnmatchedExamples);
        return json;
    }

    private static Table Counts(string title, IReadOnlyDictionary<string, int> counts)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns("What", "Count");
        foreach (var (key, count) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(key), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }
}
