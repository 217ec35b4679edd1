using System.Diagnostics;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Dynamic;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Dynamic;

/// <summary>
/// Issue #12, Show: "a 100,000-row dynamic list evaluated and diffed with ≤ ceil(N/5000) Dataverse reads and
/// ≤ ceil(N/1000) Mailchimp reads […]; a re-run with no change makes no Mailchimp writes", run at N = 2,000 through the
/// benchmark's own processes (orchestrator, <c>serve-dynamic</c> child, the real <c>dmc push</c>). Calls, not timings.
/// </summary>
public sealed class DynamicBenchmarkTests
{
    private const int N = 2000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Dynamic_SmallList_ReadsPerFormulaAndTheRerunWritesNothing()
    {
        // Arrange
        var benchmark = CreateSut();

        // Act
        var result = await RunAsync(benchmark);

        // Assert: the first run corrected the seeded drift (one batch subscribe, one tag change).
        Assert.Equal(DynamicSeed.Drift(N), result.Drift);
        Assert.Equal(0, result.First.ExitCode);
        Assert.True(result.First.RowsQueued > 0);
        Assert.Equal(2, result.First.Calls.MailchimpWrites);

        // Assert: the re-run read the list in ceil(N/5000) pages and the tag in ceil(N/1000), one tag lookup, and wrote nothing to Mailchimp.
        Assert.Equal(0, result.Rerun.ExitCode);
        Assert.Equal(0, result.Rerun.RowsQueued);
        Assert.Equal((N + 4999) / 5000, result.Rerun.Calls.DataverseListPages);
        Assert.Equal((N + 999) / 1000, result.Rerun.Calls.MailchimpMemberPages);
        Assert.Equal(1, result.Rerun.Calls.MailchimpTagLookups);
        Assert.Empty(result.Rerun.Calls.MailchimpOtherReads);
        Assert.Equal(0, result.Rerun.Calls.MailchimpWrites);
        Assert.True(result.Met);
    }

    private static ProcessStartInfo CreateSut()
    {
        // The apphost, not "dotnet <dll>": the orchestrator starts its children through its own process path.
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Dynamics.Mailchimp.Benchmarks.exe" : "Dynamics.Mailchimp.Benchmarks"))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--dynamic", N.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json"])
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static async Task<DynamicResult> RunAsync(ProcessStartInfo info)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("the benchmark did not start");
        var output = await process.StandardOutput.ReadToEndAsync(guard.Token);
        await process.WaitForExitAsync(guard.Token);
        var results = JsonSerializer.Deserialize<DynamicResult[]>(output, BenchmarkJson.Options);
        return Assert.Single(results!);
    }
}
