using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Orchestration;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Activity;

/// <summary>
/// <c>--activity N</c> (repeatable) [<c>--json</c>]: imports N activity events per size with the production pull and
/// prints Mailchimp reads, Dataverse write calls (each a <c>$batch</c>, at most one <c>UpsertMultiple</c> in it) and all
/// Dataverse calls, the job's peak memory and wall time, against the targets.
/// </summary>
public static class ActivityBenchmark
{
    /// <summary>Runs the sizes.</summary>
    /// <param name="args">The orchestrator's arguments.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every size imported every event; 1 otherwise; 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (SizeArgs.Parse(args, "--activity") is not { } parsed)
        {
            await Console.Error.WriteLineAsync("Use --activity N (repeatable, a positive whole number) and optionally --json.").ConfigureAwait(false);
            return 2;
        }

        var results = new List<ActivityResult>();
        foreach (var n in parsed.Sizes)
        {
            results.Add(await RunSizeAsync(n, line => Console.Error.WriteLine(line), cancellationToken).ConfigureAwait(false));
        }

        if (parsed.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(results, BenchmarkJson.Options));
        }
        else
        {
            var table = new Table().AddColumns("N", "Mailchimp reads", "Dataverse batch writes", "target (each)", "Dataverse calls", "rows", "wall s", "job peak MB");
            foreach (var r in results)
            {
                table.AddRow(
                    r.N.ToString("N0", CultureInfo.InvariantCulture), r.MailchimpReads.ToString(CultureInfo.InvariantCulture), r.DataverseBatchWrites.ToString(CultureInfo.InvariantCulture),
                    "≤ " + r.CallTarget.ToString(CultureInfo.InvariantCulture), r.DataverseCalls.ToString(CultureInfo.InvariantCulture), r.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    r.WallSeconds.ToString("F2", CultureInfo.InvariantCulture), r.PeakMemoryMb.ToString("F1", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
        }

        return results.All(r => r.Rows >= r.N) ? 0 : 1;
    }

    private static async Task<ActivityResult> RunSizeAsync(int n, Action<string> log, CancellationToken cancellationToken)
    {
        log($"activity N = {n}: starting the sandbox server and seeding");
        using var server = ChildProcess.StartServer(["serve-activity", "--n", n.ToString(CultureInfo.InvariantCulture)]);
        var endpoints = await ServerEndpoints.ReadAsync(server, cancellationToken).ConfigureAwait(false);
        using var control = new HttpClient();
        (await control.PostAsync(new Uri(endpoints.ControlUrl), null, cancellationToken).ConfigureAwait(false)).Dispose();

        log($"activity N = {n}: running the pull (job child process)");
        using var job = ChildProcess.Start(["activity-job", endpoints.MailchimpUrl, endpoints.MailchimpKey, endpoints.DataverseUrl, endpoints.DataverseToken]);
        var report = JsonSerializer.Deserialize<ActivityJobReport>(await job.ReadLastLineAsync(cancellationToken).ConfigureAwait(false), BenchmarkJson.Options)
            ?? throw new InvalidOperationException("The job did not report.");
        var stats = await control.GetFromJsonAsync<ServerStats>(new Uri(endpoints.ControlUrl), BenchmarkJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The server returned no stats.");
        await server.StopAsync().ConfigureAwait(false);
        return new ActivityResult(endpoints.QueuedChanges, stats.MailchimpCalls, report.DataverseBatchWrites, stats.DataverseCalls, report.Rows, Math.Round(report.WallSeconds, 2), Math.Round(report.PeakMemoryMb, 1));
    }
}
