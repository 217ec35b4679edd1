using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Job;
using Dynamics.Mailchimp.Benchmarks.Orchestration;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// <c>--dynamic N</c> (repeatable) [<c>--json</c>]: per size, a <c>serve-dynamic</c> child seeded by
/// <see cref="DynamicSeed"/>, then the real <c>dmc push</c> twice against it (the first run corrects the seeded drift,
/// the re-run changes nothing), each run's calls read from the emulators' request logs.
/// </summary>
public static class DynamicBenchmark
{
    /// <summary>Runs the sizes and prints the table (or JSON with <c>--json</c>).</summary>
    /// <param name="args">The orchestrator's arguments.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every size met its targets; 1 otherwise; 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (SizeArgs.Parse(args, "--dynamic") is not { } parsed)
        {
            await Console.Error.WriteLineAsync("Use --dynamic N (repeatable, a positive whole number) and optionally --json.").ConfigureAwait(false);
            return 2;
        }

        var results = new List<DynamicResult>();
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
            DynamicTable.Write(AnsiConsole.Console, results);
        }

        return results.All(r => r.Met) ? 0 : 1;
    }

    private static async Task<DynamicResult> RunSizeAsync(int n, Action<string> log, CancellationToken cancellationToken)
    {
        log($"dynamic N = {n}: starting the sandbox server and seeding");
        using var server = ChildProcess.StartServer(["serve-dynamic", "--n", n.ToString(CultureInfo.InvariantCulture)]);
        var endpoints = await ServerEndpoints.ReadAsync(server, cancellationToken).ConfigureAwait(false);
        using var control = new HttpClient();
        var logUrl = new Uri(new Uri(endpoints.ControlUrl), DynamicServer.LogPath);
        log($"dynamic N = {n}: first run (dmc push, child process)");
        var first = await RunJobAsync(control, logUrl, endpoints, cancellationToken).ConfigureAwait(false);
        log($"dynamic N = {n}: re-run with no change");
        var rerun = await RunJobAsync(control, logUrl, endpoints, cancellationToken).ConfigureAwait(false);
        await server.StopAsync().ConfigureAwait(false);
        return new DynamicResult(n, DynamicSeed.Drift(n), first, rerun);
    }

    private static async Task<DynamicRun> RunJobAsync(HttpClient control, Uri logUrl, ServerEndpoints endpoints, CancellationToken cancellationToken)
    {
        (await control.PostAsync(logUrl, null, cancellationToken).ConfigureAwait(false)).EnsureSuccessStatusCode().Dispose();
        var report = await DmcProcess.RunAsync(endpoints.ConnectionFlags, reconcile: true, cancellationToken).ConfigureAwait(false);
        var calls = await control.GetFromJsonAsync<CallLog>(logUrl, BenchmarkJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The server returned no request log.");
        return new DynamicRun(report.ExitCode, DynamicRun.RowsQueuedOf(report.Push), DynamicCalls.From(calls), Math.Round(report.WallSeconds, 2), Math.Round(report.PeakMemoryMb, 1));
    }
}
