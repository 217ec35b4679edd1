using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>Adds request recording to an emulator pipeline.</summary>
public static class RequestRecordingMiddleware
{
    /// <summary>
    /// Records every request (method, path, query, redacted headers, body text, status, timestamp) into <paramref name="log"/>.
    /// Put it first so that it sees the final status code of every other middleware.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="log">The log to write to.</param>
    /// <param name="timeProvider">The clock for timestamps.</param>
    /// <param name="excludedPathPrefixes">Path prefixes that are not recorded, e.g. a control surface.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseRequestRecording(
        this IApplicationBuilder app,
        RequestLog log,
        TimeProvider timeProvider,
        params string[] excludedPathPrefixes)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (IsExcluded(path, excludedPathPrefixes))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var sequence = log.NextSequence();
            var timestamp = timeProvider.GetUtcNow();
            RequestArrival.Set(context, timestamp);
            var body = RequestBody.Text(await RequestBody.ReadAsync(context, context.RequestAborted).ConfigureAwait(false));

            // Recorded as the response starts, before the client can see it, so a caller that counts requests after its
            // call returned never misses the last one; a response that never starts is recorded when the pipeline ends.
            var recorded = 0;
            void Record()
            {
                if (Interlocked.Exchange(ref recorded, 1) != 0)
                {
                    return;
                }

                var headers = context.Request.Headers.ToDictionary(
                    h => h.Key,
                    h => HeaderRedaction.Apply(h.Key, h.Value.ToString()),
                    StringComparer.OrdinalIgnoreCase);
                log.Add(new RecordedRequest(sequence, context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, headers, body, context.Response.StatusCode, timestamp));
            }

            context.Response.OnStarting(() =>
            {
                Record();
                return Task.CompletedTask;
            });
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Record();
            }
        });
    }

    private static bool IsExcluded(string path, string[] excludedPathPrefixes)
    {
        foreach (var prefix in excludedPathPrefixes)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
