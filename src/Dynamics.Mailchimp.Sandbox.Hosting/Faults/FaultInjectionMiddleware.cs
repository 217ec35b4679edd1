using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Faults;

/// <summary>Adds fault injection to an emulator pipeline.</summary>
public static class FaultInjectionMiddleware
{
    /// <summary>
    /// Fails a request when a rule of <paramref name="faults"/> matches its path: sets the status and <c>Retry-After</c>
    /// (when the rule has one), then lets <paramref name="writeBody"/> write the emulator's error body.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="faults">The rules.</param>
    /// <param name="writeBody">Writes the body for a matched rule; the status code is already set.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseFaultInjection(this IApplicationBuilder app, FaultInjector faults, Func<HttpContext, FaultRule, Task> writeBody)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(writeBody);
        return app.Use(async (context, next) =>
        {
            if (!faults.TryConsume(context.Request.Path.Value ?? string.Empty, out var rule) || rule is null)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.StatusCode = rule.StatusCode;
            if (rule.RetryAfter is { } retryAfter)
            {
                context.Response.Headers[HeaderNames.RetryAfter] = retryAfter.ToString(CultureInfo.InvariantCulture);
            }

            await writeBody(context, rule).ConfigureAwait(false);
        });
    }
}
