using System.Runtime.InteropServices;
using Dynamics.Mailchimp.Cli.Commands.Pull;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// The demo as one JSON object: <c>contacts</c>, <c>leads</c>, <c>machine</c>; <c>runs</c>, each with <c>name</c>,
/// <c>changes</c> (what, records, rowsQueued), <c>pushed</c> (counts per outcome), <c>failed</c>, <c>skipped</c>,
/// <c>held</c>, <c>rows</c>, <c>skipReasons</c>, <c>skipExamples</c>, <c>failures</c>, <c>calls</c> (<c>mailchimp</c>,
/// <c>dataverse</c>) and <c>wallSeconds</c>, and for a whole <c>sync</c> <c>pulled</c> (as <c>dmc sync --json</c>:
/// status changes by kind, <c>campaigns</c>, <c>activities</c> per action, unmatched), <c>pullFailures</c> and
/// <c>activityFailures</c>; <c>audience</c>, one entry per moment with <c>statuses</c>, <c>tagged</c>,
/// <c>inInterest</c> and <c>total</c>; <c>crm</c>, before and after that sync, with <c>statuses</c> (contacts and leads
/// by stored Mailchimp status), <c>doNotBulkEmail</c>, <c>consentEvents</c>, <c>campaigns</c> and <c>activities</c>;
/// <c>wallSeconds</c> and <c>exitCode</c>.
/// </summary>
public static class DemoJson
{
    private static readonly string[] PushedKeys =
        [MemberCounts.Upserted, MemberCounts.Unsubscribed, MemberCounts.Archived, MemberCounts.Tagged, MemberCounts.KeptUnsubscribed, MemberCounts.Refused];

    /// <summary>The object.</summary>
    public static object Create(DemoResult result, TimeSpan elapsed, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            contacts = result.Size.Contacts,
            leads = result.Size.Leads,
            machine = Machine(),
            runs = result.Runs.Select(Run),
            audience = result.Audience.Select(a => new { moment = a.Moment, statuses = a.Snapshot.Statuses, tagged = a.Snapshot.Tagged, inInterest = a.Snapshot.InInterest, total = a.Snapshot.Total }),
            crm = result.Crm.Select(c => new { moment = c.Moment, statuses = c.Snapshot.Statuses, doNotBulkEmail = c.Snapshot.DoNotBulkEmail, consentEvents = c.Snapshot.ConsentEvents, campaigns = c.Snapshot.Campaigns, activities = c.Snapshot.Activities }),
            unsubscribedInMailchimp = result.UnsubscribedInMailchimp,
            realTime = result.RealTime is { } realTime
                ? new { email = realTime.Email, milliseconds = Math.Round(realTime.Latency.TotalMilliseconds), doNotBulkEmail = realTime.DoNotBulkEmail, status = realTime.Status, consentEvents = realTime.ConsentEvents, deliveries = realTime.Deliveries }
                : null,
            wallSeconds = Math.Round(elapsed.TotalSeconds, 2),
            exitCode,
        };
    }

    /// <summary>The machine the demo ran on, in one line.</summary>
    public static string Machine() => $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    private static object Run(DemoRun run) => new
    {
        name = run.Name,
        changes = run.Changes.Select(c => new { what = c.What, records = c.Records, rowsQueued = c.RowsQueued }),
        pushed = PushedKeys.ToDictionary(key => key, key => run[key], StringComparer.Ordinal),
        failed = run[MemberCounts.Failed],
        skipped = run[MemberCounts.Skipped],
        held = run[MemberCounts.Held],
        rows = run.Summary.Rows,
        skipReasons = run.Summary.SkipReasons,
        skipExamples = run.SkipExamples,
        failures = run.Summary.Failures,
        calls = new { mailchimp = run.MailchimpCalls, dataverse = run.DataverseCalls },
        wallSeconds = Math.Round(run.Elapsed.TotalSeconds, 3),
        pulled = run.Pulled is null ? null : PullReport.Pulled(run.Pulled, run.Activity),
        pullFailures = run.Pulled?.Failures,
        activityFailures = run.Activity?.Failures,
    };
}
