using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>Adds injected latency, a request cost and a request gate to an emulator pipeline.</summary>
public static class LatencyMiddleware
{
    /// <summary>
    /// Delays each request by the current <paramref name="latency"/> (real time, so a fake clock used for data does not
    /// freeze it), lets it pass <paramref name="gate"/>, then charges <see cref="InjectedLatency.Cost"/> unless an earlier
    /// <see cref="RequestCostMiddleware.UseRequestCost(IApplicationBuilder, InjectedLatency)"/> did. An idle one (no delay, no
    /// cost, gate open) costs the request nothing but three reads.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="latency">The delay to add.</param>
    /// <param name="gate">The gate requests wait at while it is closed.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseInjectedLatency(this IApplicationBuilder app, InjectedLatency latency, RequestGate gate) =>
        app.UseInjectedLatency(latency, gate, TimeProvider.System);

    /// <summary>Delays each request by the current <paramref name="latency"/>, timed by <paramref name="clock"/>, then lets it pass <paramref name="gate"/>.</summary>
    /// <param name="app">The application.</param>
    /// <param name="latency">The delay to add.</param>
    /// <param name="gate">The gate requests wait at while it is closed.</param>
    /// <param name="clock">The clock that times the delay; tests pass a fake one to observe it.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseInjectedLatency(this IApplicationBuilder app, InjectedLatency latency, RequestGate gate, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(latency);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(clock);
        return app.Use((context, next) =>
        {
            var delay = latency.Value;
            var cost = latency.Cost;
            return delay <= TimeSpan.Zero && cost is null && gate.IsOpen
                ? next(context)
                : DelayAsync(context, next, delay, cost, gate, clock);
        });
    }

    private static async Task DelayAsync(HttpContext context, RequestDelegate next, TimeSpan delay, IRequestCost? cost, RequestGate gate, TimeProvider clock)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, context.RequestAborted).ConfigureAwait(false);
        }

        await gate.PassAsync(context.RequestAborted).ConfigureAwait(false);
        if (cost is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await RequestCostMiddleware.ChargeAsync(context, cost, clock, next).ConfigureAwait(false);
    }
}
