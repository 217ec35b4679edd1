using System.Globalization;
using Dynamics.Mailchimp.Benchmarks.Report;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>Writes the dynamic-list figures: per size, the first run and the re-run, calls beside their targets.</summary>
public static class DynamicTable
{
    /// <summary>Writes the table.</summary>
    /// <param name="console">The console.</param>
    /// <param name="results">One result per size.</param>
    public static void Write(IAnsiConsole console, IReadOnlyList<DynamicResult> results)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(results);
        console.Profile.Width = Math.Max(console.Profile.Width, 180);
        console.MarkupLine($"Machine: {Markup.Escape(MachineInfo.Describe())}");
        var table = new Table().Title("dmc push: dynamic list evaluated and diffed (calls from the emulators' request logs)");
        foreach (var column in new[] { "N", "run", "DV list pages (≤ target)", "DV other reads", "DV writes", "MC member pages (≤ target)", "MC tag lookups", "MC other reads", "MC writes", "rows queued", "peak MB", "wall s" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in results)
        {
            AddRow(table, r, "first (drift " + F(r.Drift) + " + " + F(r.Drift) + ")", r.First);
            AddRow(table, r, "re-run (no change)", r.Rerun);
        }

        console.Write(table);
        console.MarkupLine("Targets (re-run): DV list pages ≤ ceil(N/5000), MC member pages ≤ ceil(N/1000), MC writes 0, peak memory < 200 MB; the other reads are constants whatever N.");
        foreach (var r in results)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"N = {F(r.N)}: {(r.Met ? "targets met" : "TARGETS MISSED")}")));
            foreach (var (run, x) in new[] { ("first", r.First), ("re-run", r.Rerun) })
            {
                console.MarkupLine(Markup.Escape($"  {run}: DV other reads {Breakdown(x.Calls.DataverseOtherReads)}; MC other reads {Breakdown(x.Calls.MailchimpOtherReads)}"));
            }
        }
    }

    private static void AddRow(Table table, DynamicResult r, string run, DynamicRun x) =>
        table.AddRow(
            F(r.N),
            Markup.Escape(run),
            $"{F(x.Calls.DataverseListPages)} (≤ {F(r.DataverseTarget)})",
            F(x.Calls.DataverseOtherReads.Values.Sum()),
            F(x.Calls.DataverseWrites),
            $"{F(x.Calls.MailchimpMemberPages)} (≤ {F(r.MailchimpTarget)})",
            F(x.Calls.MailchimpTagLookups),
            F(x.Calls.MailchimpOtherReads.Values.Sum()),
            F(x.Calls.MailchimpWrites),
            F(x.RowsQueued),
            x.PeakMemoryMb.ToString("0.0", CultureInfo.InvariantCulture),
            x.WallSeconds.ToString("0.00", CultureInfo.InvariantCulture));

    private static string Breakdown(IReadOnlyDictionary<string, int> reads) =>
        reads.Count == 0 ? "none" : string.Join(", ", reads.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));

    private static string F(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
