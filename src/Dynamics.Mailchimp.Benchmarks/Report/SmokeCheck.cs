using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Report;

/// <summary>Reads what the job says it did, for the run's own sanity check.</summary>
public static class SmokeCheck
{
    /// <summary>The members dmc push reports as upserted; -1 when its output was not the expected JSON.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The count.</returns>
    public static int Upserted(SizeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var push = result.Detail.Push;
        return push.ValueKind == JsonValueKind.Object && push.TryGetProperty("pushed", out var pushed) && pushed.TryGetProperty("upserted", out var upserted)
            ? upserted.GetInt32()
            : -1;
    }
}
