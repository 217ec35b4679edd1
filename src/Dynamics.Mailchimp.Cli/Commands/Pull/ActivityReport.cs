using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Pull;

/// <summary>
/// Prints a campaign and activity pull: campaigns, activity rows per action, unmatched events and members, failures;
/// for <c>--json</c> the keys it adds to <c>pulled</c> (<c>campaigns</c>, <c>activities</c> per action,
/// <c>unmatchedActivities</c>, <c>unmatchedActivityMembers</c>, <c>activityFailed</c>).
/// </summary>
public static class ActivityReport
{
    /// <summary>The key of the campaigns read and written.</summary>
    public const string Campaigns = "campaigns";

    /// <summary>The key of the activity rows per action.</summary>
    public const string Activities = "activities";

    /// <summary>The key of the events whose member matched no contact or lead.</summary>
    public const string UnmatchedActivities = "unmatchedActivities";

    /// <summary>The key of the distinct members among them.</summary>
    public const string UnmatchedActivityMembers = "unmatchedActivityMembers";

    /// <summary>The key of the activity rows Dataverse did not write.</summary>
    public const string ActivityFailed = "activityFailed";

    private const int FailuresShown = 20;

    /// <summary>Adds the activity counts to a <c>pulled</c> object; zeros when the activity pull did not run.</summary>
    /// <param name="pulled">The object.</param>
    /// <param name="summary">The activity pull, or <see langword="null"/>.</param>
    public static void AddTo(JsonObject pulled, ActivitySummary? summary)
    {
        ArgumentNullException.ThrowIfNull(pulled);
        pulled[Campaigns] = summary?.Campaigns ?? 0;
        pulled[Activities] = JsonFields.Counts(Enum.GetValues<ActivityAction>().Select(action => KeyValuePair.Create(Key(action), summary?.Activities.GetValueOrDefault(action) ?? 0)));
        pulled[UnmatchedActivities] = summary?.Unmatched ?? 0;
        pulled[UnmatchedActivityMembers] = summary?.UnmatchedMembers ?? 0;
        pulled[ActivityFailed] = summary?.Failures.Count ?? 0;
    }

    /// <summary>Writes the activity table and its failures.</summary>
    /// <param name="console">Where.</param>
    /// <param name="summary">The activity pull.</param>
    public static void WriteText(IAnsiConsole console, ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Title("Campaign activity from Mailchimp").AddColumns("What", "Count");
        table.AddRow(Campaigns, Format(summary.Campaigns));
        foreach (var action in Enum.GetValues<ActivityAction>())
        {
            table.AddRow(Markup.Escape($"{Activities}: {Key(action)}"), Format(summary.Activities.GetValueOrDefault(action)));
        }

        table.AddRow(UnmatchedActivities, Format(summary.Unmatched));
        table.AddRow(UnmatchedActivityMembers, Format(summary.UnmatchedMembers));
        table.AddRow(ActivityFailed, Format(summary.Failures.Count));
        console.Write(table);
        foreach (var failure in summary.Failures.Take(FailuresShown))
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        if (summary.Failures.Count > FailuresShown)
        {
            console.MarkupLine($"… and {summary.Failures.Count - FailuresShown} more.");
        }
    }

    /// <summary>The JSON name of an action (<c>sent</c>, <c>open</c>, <c>click</c>, <c>hardBounce</c>, …).</summary>
    /// <param name="action">The action.</param>
    /// <returns>Its key.</returns>
    public static string Key(ActivityAction action) => JsonNamingPolicy.CamelCase.ConvertName(action.ToString());

    private static string Format(int count) => count.ToString(CultureInfo.InvariantCulture);
}
