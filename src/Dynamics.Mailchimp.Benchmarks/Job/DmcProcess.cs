using System.Diagnostics;
using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks.Job;

/// <summary>
/// The job child: the real <c>dmc push --json</c> executable (<see cref="Executable"/>),
/// so that its memory and start-up are the job's alone; the push mode switches reconciliation off (see the comment in the code). Its peak resident memory is the kernel's high-water mark
/// (<c>VmHWM</c>, which <see cref="Process.PeakWorkingSet64"/> reads on Linux), sampled every 20 ms while it runs: the mark
/// only rises, so any sample after the peak holds it.
/// </summary>
public static class DmcProcess
{
    /// <summary>
    /// Gets the job executable: in Release the native (AOT) publish in <c>job/</c> (as dmc is deployed; the benchmark
    /// project's <c>PublishJob</c> target), else the dmc built beside the benchmark.
    /// </summary>
    public static string Executable
    {
        get
        {
            var name = OperatingSystem.IsWindows() ? "dmc.exe" : "dmc";
            var published = Path.Combine(AppContext.BaseDirectory, "job", name);
            return File.Exists(published) ? published : Path.Combine(AppContext.BaseDirectory, name);
        }
    }

    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs <c>dmc push --json</c> with <paramref name="connectionFlags"/> and reports it.</summary>
    /// <param name="connectionFlags">The four connection flags.</param>
    /// <param name="reconcile">Whether the push starts with its reconciliation (the dynamic-list mode) or only drains the queue (the push mode).</param>
    /// <param name="cancellationToken">Kills the child.</param>
    /// <returns>dmc's exit code, wall time from start to exit, peak memory and its JSON output.</returns>
    public static async Task<JobReport> RunAsync(IEnumerable<string> connectionFlags, bool reconcile, CancellationToken cancellationToken)
    {
        var info = StartInfo(["push", "--json", .. connectionFlags]);

        // Issue #9's figures are the drain of N queued changes. Reconciliation (issue #12: every list on its first run,
        // here 100,000 static members read back to compare) is measured by its own mode, --dynamic.
        if (!reconcile)
        {
            info.Environment["DMC_Sync__Reconcile__DynamicLists"] = "false";
            info.Environment["DMC_Sync__Reconcile__IntervalDays"] = "0";
        }

        return await MeasureAsync(info, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The start of <c>dmc status --json</c>: a read-only run against the server child before the timed push, so the
    /// push is not the first HTTP traffic the server ever answers (it is seeded in-process, and with tiered compilation
    /// off its request paths compile at full optimisation on their first call, as a warm service's would not).
    /// </summary>
    /// <param name="connectionFlags">The four connection flags.</param>
    /// <returns>The start info.</returns>
    public static ProcessStartInfo WarmUpStartInfo(IEnumerable<string> connectionFlags) => StartInfo(["status", "--json", .. connectionFlags]);

    /// <summary>Runs <see cref="WarmUpStartInfo"/> to its end.</summary>
    /// <param name="connectionFlags">The four connection flags.</param>
    /// <param name="cancellationToken">Kills the child.</param>
    /// <returns>dmc's exit code.</returns>
    /// <remarks>
    /// It goes through the timed run's own path (<see cref="MeasureAsync"/>: start, memory samples, output, exit), so
    /// the benchmark's code for it is compiled and warm before the timed run: the first use of that path (the process
    /// and <c>/proc</c> reading code of <see cref="Process"/>, compiled at tier 0 on first call) otherwise runs on the
    /// two cores the job needs during its first cycle.
    /// </remarks>
    public static async Task<int> WarmUpAsync(IEnumerable<string> connectionFlags, CancellationToken cancellationToken) =>
        (await MeasureAsync(WarmUpStartInfo(connectionFlags), cancellationToken).ConfigureAwait(false)).ExitCode;

    // Starts dmc, samples its peak memory until it exits, and reads its JSON output.
    private static async Task<JobReport> MeasureAsync(ProcessStartInfo info, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dmc did not start.");
        using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, Sample(process));
            await Task.WhenAny(process.WaitForExitAsync(cancellationToken), Task.Delay(SampleEvery, cancellationToken)).ConfigureAwait(false);
        }

        var text = await output.ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var wall = clock.Elapsed.TotalSeconds;
        JsonElement push;
        try
        {
            push = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            push = JsonSerializer.SerializeToElement(text);
        }

        return new JobReport(process.ExitCode, wall, peak / (1024.0 * 1024.0), push);
    }

    // dmc with these arguments, its standard output read by the benchmark.
    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static long Sample(Process process)
    {
        try
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the read.
            return 0;
        }
    }
}
