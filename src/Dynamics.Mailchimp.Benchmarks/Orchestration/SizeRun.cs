using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Baseline;
using Dynamics.Mailchimp.Benchmarks.Job;
using Dynamics.Mailchimp.Benchmarks.Serving;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>
/// One size: a server child seeded with N changes, the job child pushing them, then the baseline on the same data
/// (the same members, now already in Mailchimp: its <c>PUT</c>s are upserts either way) over a sample of them.
/// </summary>
public static class SizeRun
{
    /// <summary>Runs one size.</summary>
    /// <param name="n">The changes.</param>
    /// <param name="baselineSample">The most changes the baseline pushes.</param>
    /// <param name="log">Progress lines (to stderr).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The figures.</returns>
    public static async Task<SizeResult> RunAsync(int n, int baselineSample, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        log($"N = {n}: starting the sandbox server and seeding");
        using var server = ChildProcess.StartServer(["serve", "--n", n.ToString(CultureInfo.InvariantCulture)]);
        var endpoints = await ServerEndpoints.ReadAsync(server, cancellationToken).ConfigureAwait(false);
        using var control = new HttpClient();

        // A read-only dmc status first, so the timed push does not pay the server's first calls (not counted: the stats
        // are reset after it).
        if (await DmcProcess.WarmUpAsync(endpoints.ConnectionFlags, cancellationToken).ConfigureAwait(false) is not 0 and var warmUp)
        {
            log($"N = {n}: the warm-up (dmc status) exited {warmUp}");
        }

        await StatsAsync(control, endpoints, reset: true, cancellationToken).ConfigureAwait(false);

        log($"N = {n}: running the push (dmc push, child process)");
        var report = await DmcProcess.RunAsync(endpoints.ConnectionFlags, reconcile: false, cancellationToken).ConfigureAwait(false);
        var jobStats = await StatsAsync(control, endpoints, reset: true, cancellationToken).ConfigureAwait(false);

        var sample = Math.Min(baselineSample, endpoints.QueuedChanges);
        log($"N = {n}: running the member-at-a-time baseline on {sample} changes");
        using var dataverse = new HttpClient { BaseAddress = new Uri(endpoints.DataverseUrl) };
        dataverse.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", endpoints.DataverseToken);
        dataverse.DefaultRequestHeaders.Add("OData-Version", "4.0");
        dataverse.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        dataverse.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        using var mailchimp = new HttpClient { BaseAddress = new Uri(endpoints.MailchimpUrl) };
        mailchimp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("benchmark:" + endpoints.MailchimpKey)));
        var baseline = await new MemberAtATimeBaseline(dataverse, mailchimp, endpoints.AudienceId).RunAsync(sample, cancellationToken).ConfigureAwait(false);
        var baselineStats = await StatsAsync(control, endpoints, reset: true, cancellationToken).ConfigureAwait(false);
        await server.StopAsync().ConfigureAwait(false);

        var ratio = baseline.SecondsPerChange * endpoints.QueuedChanges / Math.Max(report.WallSeconds, 1e-9);
        var detail = new SizeDetail(endpoints.QueuedChanges, jobStats, report.ExitCode, baseline, baselineStats, report.Push);
        return new SizeResult(
            n,
            jobStats.MailchimpCalls,
            jobStats.DataverseCalls,
            Math.Round(report.WallSeconds, 2),
            Math.Round(report.PeakMemoryMb, 1),
            Math.Round(ratio, 1),
            Math.Round(LowerBound.Seconds(endpoints.QueuedChanges, MemberAtATimeBaseline.Connections), 2),
            detail);
    }

    private static async Task<ServerStats> StatsAsync(HttpClient control, ServerEndpoints endpoints, bool reset, CancellationToken cancellationToken)
    {
        using var response = reset
            ? await control.PostAsync(new Uri(endpoints.ControlUrl), null, cancellationToken).ConfigureAwait(false)
            : await control.GetAsync(new Uri(endpoints.ControlUrl), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ServerStats>(BenchmarkJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The server returned no stats.");
    }
}
