using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>Charges <see cref="InjectedLatency.Cost"/> to a request once, wherever the pipeline first asks for it.</summary>
public static class RequestCostMiddleware
{
    private static readonly object ChargedKey = new();

    /// <summary>
    /// Charges <paramref name="latency"/>'s <see cref="InjectedLatency.Cost"/> here rather than at
    /// <see cref="LatencyMiddleware.UseInjectedLatency(IApplicationBuilder, InjectedLatency, RequestGate)"/>, e.g. ahead of
    /// a connection limit so that the modelled delay does not hold a connection slot. Does nothing while no cost is set.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="latency">The latency whose cost to charge.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseRequestCost(this IApplicationBuilder app, InjectedLatency latency) =>
        app.UseRequestCost(latency, TimeProvider.System);

    /// <summary>Charges <paramref name="latency"/>'s <see cref="InjectedLatency.Cost"/> here, its delay timed by <paramref name="clock"/>.</summary>
    /// <param name="app">The application.</param>
    /// <param name="latency">The latency whose cost to charge.</param>
    /// <param name="clock">The clock that times the delay; tests pass a fake one to observe it.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseRequestCost(this IApplicationBuilder app, InjectedLatency latency, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(latency);
        ArgumentNullException.ThrowIfNull(clock);
        return app.Use((context, next) => latency.Cost is { } cost ? ChargeAsync(context, cost, clock, next) : next(context));
    }

    /// <summary>
    /// Charges <paramref name="cost"/> unless the request was already charged, then runs <paramref name="next"/>. The
    /// cost is the service's response time, its own work included, as a real service's latency includes its work: the
    /// request is handled at once, its answer is held in a buffer, and it leaves when the modelled time since the request
    /// arrived has passed (at once when the handling took longer). The connection slot behind this middleware is free
    /// while the answer waits.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="cost">The cost to charge.</param>
    /// <param name="clock">The clock that times the delay.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes when the answer has left.</returns>
    internal static async Task ChargeAsync(HttpContext context, IRequestCost cost, TimeProvider clock, RequestDelegate next)
    {
        if (context.Items.ContainsKey(ChargedKey))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Items[ChargedKey] = cost;
        var arrived = clock.GetTimestamp();
        var body = await RequestBody.ReadAsync(context, context.RequestAborted).ConfigureAwait(false);
        var delay = cost.Enter(context, body.Span);
        try
        {
            if (delay <= TimeSpan.Zero)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var answer = context.Response.Body;
            using var held = new MemoryStream();
            context.Response.Body = held;
            try
            {
                await next(context).ConfigureAwait(false);
                await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                context.Response.Body = answer;
            }

            var left = delay - clock.GetElapsedTime(arrived);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, clock, context.RequestAborted).ConfigureAwait(false);
            }

            held.Position = 0;
            await held.CopyToAsync(answer, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            cost.Leave(context);
        }
    }
}
