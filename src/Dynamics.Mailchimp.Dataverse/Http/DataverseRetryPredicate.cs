using System.Net;
using Polly;
using Polly.Timeout;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// Decides which failed attempts are retried.
/// <list type="bullet">
/// <item>429 is always retried after <c>Retry-After</c>: service protection rejects the request before executing it.</item>
/// <item>5xx, 408, timeouts and transport errors are retried only for safe requests: GET, HEAD, PUT, DELETE,
/// PATCH with <c>If-Match</c>, and POST marked idempotent (a <c>$batch</c> made only of GETs).</item>
/// <item>Everything else (4xx, creates, actions, write batches after a 5xx) is returned to the caller at once.</item>
/// </list>
/// </summary>
internal static class DataverseRetryPredicate
{
    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return true;
            }

            return (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout) && IsSafeToRepeat(request);
        }

        return outcome.Exception is HttpRequestException or TimeoutRejectedException && IsSafeToRepeat(request);
    }

    public static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete)
        {
            return true;
        }

        if (method == HttpMethod.Patch)
        {
            return request.Headers.IfMatch.Count > 0;
        }

        return request.Options.TryGetValue(DataverseRequestOptions.Idempotent, out var idempotent) && idempotent;
    }
}
