using System.Globalization;
using Dynamics.Mailchimp.Benchmarks.Orchestration;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Report;

/// <summary>Writes the figures as Spectre.Console tables: one row per size, then the targets.</summary>
public static class ResultTable
{
    /// <summary>Writes the tables.</summary>
    /// <param name="console">The console.</param>
    /// <param name="results">One result per size.</param>
    public static void Write(IAnsiConsole console, IReadOnlyList<SizeResult> results)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        console.Profile.Width = Math.Max(console.Profile.Width, 150);
        console.MarkupLine($"Machine: {Markup.Escape(MachineInfo.Describe())}");
        console.MarkupLine("Latency model (sandbox server child process): Mailchimp 100 ms + 2 ms per batch member; Dataverse 50 ms + 1 ms per $batch operation; 10 connections per service.");
        var table = new Table().Title("dmc push benchmark");
        foreach (var column in new[] { "N", "Mailchimp calls", "Dataverse calls", "Wall (s)", "Job peak memory (MB)", "× baseline", "Lower bound (s)", "Baseline ms/change (sample)", "Max in flight MC/DV" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(
                F(r.N),
                F(r.MailchimpCalls),
                F(r.DataverseCalls),
                r.WallSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                r.PeakMemoryMb.ToString("0.0", CultureInfo.InvariantCulture),
                r.BaselineRatio.ToString("0.0", CultureInfo.InvariantCulture),
                r.LowerBoundSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{r.Detail.Baseline.SecondsPerChange * 1000:0.00} ({F(r.Detail.Baseline.Changes)})"),
                $"{r.Detail.Job.MailchimpMaxInFlight}/{r.Detail.Job.DataverseMaxInFlight}");
        }

        console.Write(table);
        var targets = new Table().Title("Targets (issue 9)").AddColumn("N").AddColumn("Figure").AddColumn("Target").AddColumn("Met");
        foreach (var r in results)
        {
            foreach (var (name, target, met) in Targets.Check(r))
            {
                targets.AddRow(F(r.N), name, Markup.Escape(target), met ? "[green]yes[/]" : "[red]no[/]");
            }
        }

        console.Write(targets);
    }

    private static string F(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
