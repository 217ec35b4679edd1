using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;

/// <summary>Adds a per-key in-flight request limit to an emulator pipeline.</summary>
public static class InFlightLimitMiddleware
{
    /// <summary>
    /// Counts the request against <paramref name="keySelector"/>'s key for as long as the rest of the pipeline runs;
    /// a request above <see cref="InFlightLimiter.Limit"/> is answered by <paramref name="writeRejection"/> instead.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="limiter">The limiter.</param>
    /// <param name="keySelector">Picks the key (e.g. the authenticated API key or user).</param>
    /// <param name="writeRejection">Writes the rejection (e.g. 429 in the emulator's error shape).</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseInFlightLimit(
        this IApplicationBuilder app,
        InFlightLimiter limiter,
        Func<HttpContext, string> keySelector,
        Func<HttpContext, Task> writeRejection)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(keySelector);
        ArgumentNullException.ThrowIfNull(writeRejection);
        return app.Use(async (context, next) =>
        {
            if (!limiter.TryEnter(keySelector(context), out var lease))
            {
                await writeRejection(context).ConfigureAwait(false);
                return;
            }

            using (lease)
            {
                await next(context).ConfigureAwait(false);
            }
        });
    }
}
