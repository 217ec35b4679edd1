using Microsoft.AspNetCore.Builder;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>Adds injected latency and a request gate to an emulator pipeline.</summary>
public static class LatencyMiddleware
{
    /// <summary>
    /// Delays each request by the current <paramref name="latency"/> (real time, so a fake clock used for data does not
    /// freeze it) and then lets it pass <paramref name="gate"/>.
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
        return app.Use(async (context, next) =>
        {
            var delay = latency.Value;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, clock, context.RequestAborted).ConfigureAwait(false);
            }

            await gate.PassAsync(context.RequestAborted).ConfigureAwait(false);
            await next(context).ConfigureAwait(false);
        });
    }
}
