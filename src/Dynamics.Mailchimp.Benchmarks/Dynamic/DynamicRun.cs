using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>One <c>dmc push</c> run of the dynamic-list benchmark.</summary>
/// <param name="ExitCode">dmc's exit code.</param>
/// <param name="RowsQueued">The corrections the reconciliation queued (<c>reconciled.rowsQueued</c>), -1 when absent.</param>
/// <param name="Calls">The calls the emulators logged during the run.</param>
/// <param name="WallSeconds">From starting dmc to its exit.</param>
/// <param name="PeakMemoryMb">dmc's peak resident memory (VmHWM), in MiB.</param>
public sealed record DynamicRun(int ExitCode, int RowsQueued, DynamicCalls Calls, double WallSeconds, double PeakMemoryMb)
{
    /// <summary>Reads <c>reconciled.rowsQueued</c> from dmc push's JSON output.</summary>
    /// <param name="push">The output.</param>
    /// <returns>The count, or -1.</returns>
    public static int RowsQueuedOf(JsonElement push) =>
        push.ValueKind == JsonValueKind.Object && push.TryGetProperty("reconciled", out var reconciled) && reconciled.ValueKind == JsonValueKind.Object
            && reconciled.TryGetProperty("rowsQueued", out var rows) && rows.TryGetInt32(out var count)
            ? count
            : -1;
}
