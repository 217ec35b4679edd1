using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Microsoft.AspNetCore.Builder;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// Before anything runs: bearer authentication (401 with <c>WWW-Authenticate: Bearer</c>), then the service protection
/// limits per user, number of requests (429, <c>0x80072322</c>), combined execution time (429, <c>0x80072321</c>) and
/// concurrent requests (429, <c>0x80072326</c>), each with
/// <c>Retry-After</c> in seconds. The caller goes on the context for <see cref="WebApiMiddleware"/>.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/api-limits.
/// </summary>
internal static class AuthenticationMiddleware
{
    public const string CallerKey = "Dynamics.Mailchimp.Sandbox.Dataverse.Caller";

    public static IApplicationBuilder UseDataverseAuthentication(this IApplicationBuilder app, SandboxRuntime runtime) =>
        app.Use(async (context, next) =>
        {
            if (!WebApiMiddleware.IsWebApiPath(context.Request.Path))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var caller = runtime.Tokens.Authenticate(context.Request.Headers.Authorization.ToString());
            if (caller is null)
            {
                var unauthorized = ODataError.Response(401, ErrorCodes.Unauthorized, "The request has no valid bearer token. Send 'Authorization: Bearer <token>' with a token the sandbox issued.");
                await HttpResponses.WriteAsync(context, unauthorized.WithHeader(HeaderNames.WwwAuthenticate, "Bearer"), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (!runtime.Limiter.TryAcquire(caller.UserId, RequestArrival.Get(context, runtime.Clock), out var retryAfter))
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"Number of requests exceeded the limit of {runtime.Limiter.Limit} over time window of {runtime.Limiter.Window.TotalSeconds:0} seconds.");
                await HttpResponses.WriteAsync(context, Throttled(ErrorCodes.TooManyRequests, message, retryAfter), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (!runtime.ExecutionTime.TryAcquire(caller.UserId, out var executionRetryAfter))
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"Combined execution time of incoming requests exceeded limit of {runtime.ExecutionTime.Limit.TotalMilliseconds:N0} milliseconds over time window of {runtime.ExecutionTime.Window.TotalSeconds:0} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.");
                await HttpResponses.WriteAsync(context, Throttled(ErrorCodes.ExecutionTimeExceeded, message, executionRetryAfter), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            if (!runtime.Concurrency.TryEnter(caller.UserId.ToString("D"), out var lease))
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"Number of concurrent requests exceeded the limit of {runtime.Concurrency.Limit}.");
                await HttpResponses.WriteAsync(context, Throttled(ErrorCodes.TooManyConcurrentRequests, message, runtime.ConcurrencyRetryAfterSeconds), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            using (lease)
            {
                context.Items[CallerKey] = caller;
                var started = runtime.Clock.GetTimestamp();
                try
                {
                    await next(context).ConfigureAwait(false);
                }
                finally
                {
                    runtime.ExecutionTime.Record(caller.UserId, runtime.Clock.GetElapsedTime(started));
                }
            }
        });

    private static WebApiResponse Throttled(string code, string message, int retryAfterSeconds) =>
        ODataError.Response(429, code, message).WithHeader(HeaderNames.RetryAfter, retryAfterSeconds.ToString(CultureInfo.InvariantCulture));
}
