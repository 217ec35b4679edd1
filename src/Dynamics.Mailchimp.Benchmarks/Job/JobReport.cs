using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks.Job;

/// <summary>What the job child prints on its last stdout line.</summary>
/// <param name="ExitCode">dmc push's exit code.</param>
/// <param name="WallSeconds">The push's wall time, from starting dmc to its exit.</param>
/// <param name="PeakMemoryMb">The job process's peak working set (VmHWM on Linux), in MiB.</param>
/// <param name="Push">dmc push's own <c>--json</c> output.</param>
public sealed record JobReport(int ExitCode, double WallSeconds, double PeakMemoryMb, JsonElement Push);
