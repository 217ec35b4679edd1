using System.Text.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// The <c>serve</c> role, run as a child process (apart from the job): both emulators, seeded with <c>n</c> queued
/// changes, each charging its <see cref="LatencyModel"/> in its own pipeline (<see cref="ModelCost"/>), and a
/// <see cref="ControlServer"/>. Prints <see cref="ServerEndpoints"/> as one JSON line and serves until stdin closes.
/// Dataverse's service-protection limits are lifted so that only the latency model shapes the timings.
/// </summary>
public static class SandboxServer
{
    /// <summary>The control path that returns <see cref="ServerStats"/> (GET) or resets them (POST).</summary>
    public const string StatsPath = "/__bench/stats";

    /// <summary>Runs the server.</summary>
    /// <param name="n">The changes to seed.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(int n, CancellationToken cancellationToken) =>
        ServeAsync((_, dataverse, _) => Task.FromResult(BenchmarkSeed.Apply(dataverse, n)), cancellationToken);

    /// <summary>
    /// Starts both emulators, seeds them, has each charge its <see cref="LatencyModel"/>, prints the
    /// <see cref="ServerEndpoints"/> and serves until stdin closes or a signal stops it. Every server role runs this.
    /// </summary>
    /// <param name="seed">Seeds the emulators; returns the work seeded (queued changes or activity events).</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <param name="control">A role's own control paths on the control server (not charged), or none.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> ServeAsync(
        Func<MailchimpSandbox, DataverseSandbox, CancellationToken, Task<int>> seed, CancellationToken cancellationToken, Func<HttpContext, MailchimpSandbox, DataverseSandbox, Task<bool>>? control = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await using var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), cancellationToken).ConfigureAwait(false);
        await using var dataverse = await DataverseSandbox.StartAsync(
            new DataverseSandboxOptions { RequestsPerWindow = int.MaxValue, ExecutionTimePerWindow = TimeSpan.FromDays(1) },
            cancellationToken).ConfigureAwait(false);
        var seeded = await seed(mailchimp, dataverse, cancellationToken).ConfigureAwait(false);
        dataverse.ClearRequests();

        // The seed's garbage (hundreds of megabytes of requests and plug-in runs) is collected now, in one blocking
        // compacting collection, rather than by background collections during a timed run on the job's two cores.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        var mailchimpMeter = new ServiceMeter();
        var dataverseMeter = new ServiceMeter();
        await using var controlServer = await ControlServer.StartAsync(
            async context => await ControlAsync(context, mailchimpMeter, dataverseMeter).ConfigureAwait(false) || (control is not null && await control(context, mailchimp, dataverse).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);

        // BENCH_DIRECT: no latency and no counts, to tell the model's effects apart.
        if (Environment.GetEnvironmentVariable("BENCH_DIRECT") is null)
        {
            dataverse.Latency.Cost = new ModelCost(LatencyModel.Dataverse, ItemCounter.Dataverse, dataverseMeter);
            mailchimp.Controls.RequestCost = new ModelCost(LatencyModel.Mailchimp, (_, body) => ItemCounter.Mailchimp(body), mailchimpMeter);
        }

        var endpoints = new ServerEndpoints(
            mailchimp.BaseAddress.ToString(),
            mailchimp.ApiKey,
            dataverse.BaseAddress.ToString(),
            dataverse.Tokens.ConnectorToken,
            new Uri(controlServer.Origin, StatsPath).ToString(),
            MailchimpSandboxDefaults.AudienceId,
            seeded);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(endpoints, BenchmarkJson.Options)).ConfigureAwait(false);
        await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        await ParentLink.WaitAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    internal static async Task<bool> ControlAsync(HttpContext context, ServiceMeter mailchimp, ServiceMeter dataverse)
    {
        if (context.Request.Path != StatsPath)
        {
            return false;
        }

        var stats = new ServerStats(mailchimp.Calls, mailchimp.Items, mailchimp.MaxInFlight, dataverse.Calls, dataverse.Items, dataverse.MaxInFlight);
        if (HttpMethods.IsPost(context.Request.Method))
        {
            mailchimp.Reset();
            dataverse.Reset();
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(stats, BenchmarkJson.Options), context.RequestAborted).ConfigureAwait(false);
        return true;
    }
}
