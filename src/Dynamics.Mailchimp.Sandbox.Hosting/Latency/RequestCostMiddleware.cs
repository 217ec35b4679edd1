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

    /// <summary>Charges <paramref name="cost"/> unless the request was already charged, then runs <paramref name="next"/>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="cost">The cost to charge.</param>
    /// <param name="clock">The clock that times the delay.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes when the rest of the pipeline has run.</returns>
    internal static async Task ChargeAsync(HttpContext context, IRequestCost cost, TimeProvider clock, RequestDelegate next)
    {
        if (context.Items.ContainsKey(ChargedKey))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Items[ChargedKey] = cost;
        var body = await RequestBody.ReadAsync(context, context.RequestAborted).ConfigureAwait(false);
        var delay = cost.Enter(context, body.Span);
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, clock, context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        }
        finally
        {
            cost.Leave(context);
        }
    }
}
