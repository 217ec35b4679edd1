using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// Charges a service's <see cref="LatencyModel"/> inside its emulator's pipeline (per call + per item counted from the
/// body the emulator already holds) and counts the call on a <see cref="ServiceMeter"/> until it leaves.
/// With the environment variable <c>BENCH_TRACE</c> set, each call's end is written to stderr (to see which step waits).
/// </summary>
/// <param name="model">The latency model.</param>
/// <param name="countItems">Counts a request's items from its path and body.</param>
/// <param name="meter">Where calls are counted.</param>
public sealed class ModelCost(LatencyModel model, Func<string, ReadOnlySpan<byte>, int> countItems, ServiceMeter meter) : IRequestCost
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("BENCH_TRACE") is not null;
    private static readonly object ItemsKey = new();

    /// <inheritdoc/>
    public TimeSpan Enter(HttpContext context, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = countItems(context.Request.Path.Value ?? string.Empty, body);
        meter.Enter(items);
        if (Trace)
        {
            context.Items[ItemsKey] = items;
        }

        return model.Cost(items);
    }

    /// <inheritdoc/>
    public void Leave(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        meter.Leave();
        if (Trace)
        {
            Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {context.Request.Method} {context.Request.Path} items={context.Items[ItemsKey]} -> {context.Response.StatusCode}");
        }
    }
}
