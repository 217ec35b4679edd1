using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Pull;

/// <summary>
/// Prints a pull: status changes by kind, lists left, consent events, unmatched members, failures and checkpoints, then
/// campaigns and activity (<see cref="ActivityReport"/>); with <c>--json</c> one object: <c>pulled</c> (counts per kind,
/// with the activity's), <c>failed</c>, <c>failures</c>, <c>activityFailures</c>,
/// <c>unmatched</c> (examples), <c>checkpoints</c>, <c>calls</c>, <c>dryRun</c>, <c>stopped</c>, <c>leaseHeldBy</c>, <c>exitCode</c>.
/// </summary>
public static class PullReport
{
    private const int FailuresShown = 20;

    /// <summary>Writes the summary.</summary>
    /// <param name="output">Where.</param>
    /// <param name="summary">The member-status pull.</param>
    /// <param name="activity">The activity pull, or <see langword="null"/> when it did not run.</param>
    /// <param name="calls">The calls made.</param>
    /// <param name="exitCode">The verb's exit code.</param>
    public static void Write(CommandOutput output, PullSummary summary, ActivitySummary? activity, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["pulled"] = Pulled(summary, activity),
                ["failed"] = summary.Counts[PullCounts.Failed],
                ["failures"] = JsonFields.Strings(summary.Failures),
                ["activityFailures"] = JsonFields.Strings(activity?.Failures ?? []),
                ["unmatched"] = JsonFields.Strings(summary.UnmatchedExamples),
                ["checkpoints"] = Checkpoints(summary),
                ["calls"] = JsonFields.Calls(calls),
                ["dryRun"] = summary.DryRun,
                ["stopped"] = summary.Stopped,
                ["leaseHeldBy"] = summary.LeaseHeldBy?.Owner,
                ["exitCode"] = exitCode,
            });
            return;
        }

        WriteText(output.Console, summary);
        if (activity is not null)
        {
            ActivityReport.WriteText(output.Console, activity);
        }

        output.Console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}{(summary.Stopped ? "; stopped early on a signal" : string.Empty)}.");
    }

    /// <summary>The <c>pulled</c> object: every count by its key, the activity's included (zeros when it did not run).</summary>
    /// <param name="summary">The member-status pull.</param>
    /// <param name="activity">The activity pull, or <see langword="null"/>.</param>
    /// <returns>The counts.</returns>
    public static JsonObject Pulled(PullSummary summary, ActivitySummary? activity)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var pulled = JsonFields.Counts(PullCounts.All.Select(key => KeyValuePair.Create(key, summary.Counts.GetValueOrDefault(key))));
        ActivityReport.AddTo(pulled, activity);
        return pulled;
    }

    /// <summary>Writes the pull's tables and lines (also used by <c>sync</c> before the push's).</summary>
    /// <param name="console">Where.</param>
    /// <param name="summary">The run.</param>
    public static void WriteText(IAnsiConsole console, PullSummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.LeaseHeldBy is { } holder)
        {
            console.MarkupLine($"Another instance is pulling ([bold]{Markup.Escape(holder.Owner)}[/], lease until {holder.ExpiresOn:u}); nothing pulled.");
            return;
        }

        var table = new Table().Title(Markup.Escape(summary.DryRun ? "Pulled from Mailchimp (dry run: nothing written)" : "Pulled from Mailchimp")).AddColumns("What", "Count");
        foreach (var key in PullCounts.All)
        {
            table.AddRow(Markup.Escape(key), summary.Counts.GetValueOrDefault(key).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var member in summary.UnmatchedExamples)
        {
            console.MarkupLine("[grey]Unmatched (not created):[/] " + Markup.Escape(member));
        }

        foreach (var failure in summary.Failures.Take(FailuresShown))
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        if (summary.Failures.Count > FailuresShown)
        {
            console.MarkupLine($"… and {summary.Failures.Count - FailuresShown} more.");
        }

        foreach (var (audience, value) in summary.Checkpoints.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            console.MarkupLine($"Checkpoint of audience {Markup.Escape(audience)}: {(value is { } at ? WebApiDates.Format(at) : "none yet")}");
        }
    }

    private static JsonObject Checkpoints(PullSummary summary) =>
        new(summary.Checkpoints.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)(pair.Value is { } at ? WebApiDates.Format(at) : null))));
}
