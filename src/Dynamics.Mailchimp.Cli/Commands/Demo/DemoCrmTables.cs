using Dynamics.Mailchimp.Cli.Commands.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>The demo's tables of the pull: what each whole <c>sync</c> brought back, and the CRM side before and after.</summary>
public static class DemoCrmTables
{
    /// <summary>Status changes by kind, campaigns and activities per action, for the runs that pulled.</summary>
    /// <param name="runs">The job's runs; those without a pull are left out.</param>
    /// <returns>The table.</returns>
    public static DemoTable Pulled(IReadOnlyList<DemoRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var pulling = runs.Where(run => run.Pulled is not null).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(PullCounts.All.Select(key => DemoReport.Row(key, pulling.Select(run => DemoReport.Number(run.Pulled!.Counts.GetValueOrDefault(key))))));
        rows.Add(DemoReport.Row(ActivityReport.Campaigns, pulling.Select(run => DemoReport.Number(run.Activity?.Campaigns ?? 0))));
        rows.AddRange(Enum.GetValues<ActivityAction>().Select(action =>
            DemoReport.Row("activities " + ActivityReport.Key(action), pulling.Select(run => DemoReport.Number(run.Activity?.Activities.GetValueOrDefault(action) ?? 0)))));
        rows.Add(DemoReport.Row(ActivityReport.UnmatchedActivityMembers, pulling.Select(run => DemoReport.Number(run.Activity?.UnmatchedMembers ?? 0))));
        return new DemoTable("Pulled back from Mailchimp (dmc sync: statuses before the push, campaign activity after)", [.. DemoReport.Row("What", pulling.Select(run => run.Name))], rows);
    }

    /// <summary>Contacts and leads by stored Mailchimp status, opt-outs, consent log, campaign and activity rows, at each moment.</summary>
    /// <param name="moments">The snapshots.</param>
    /// <returns>The table.</returns>
    public static DemoTable Crm(IReadOnlyList<(string Moment, CrmSnapshot Snapshot)> moments)
    {
        ArgumentNullException.ThrowIfNull(moments);
        var snapshots = moments.Select(m => m.Snapshot).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        var statuses = snapshots.SelectMany(s => s.Statuses.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        rows.AddRange(statuses.Select(status => DemoReport.Row("status " + status, snapshots.Select(s => DemoReport.Number(s.Statuses.GetValueOrDefault(status))))));
        rows.Add(DemoReport.Row("donotbulkemail set", snapshots.Select(s => DemoReport.Number(s.DoNotBulkEmail))));
        rows.Add(DemoReport.Row("consent events", snapshots.Select(s => DemoReport.Number(s.ConsentEvents))));
        rows.Add(DemoReport.Row(ActivityReport.Campaigns, snapshots.Select(s => DemoReport.Number(s.Campaigns))));
        rows.AddRange(Enum.GetValues<ActivityAction>().Select(ActivityReport.Key).Select(key =>
            DemoReport.Row("activities " + key, snapshots.Select(s => DemoReport.Number(s.Activities.GetValueOrDefault(key))))));
        return new DemoTable("Dynamics (contacts and leads; campaign and email activity rows)", [.. DemoReport.Row("Records", moments.Select(m => m.Moment))], rows);
    }
}
