using System.Net;
using Polly;
using Polly.Timeout;

namespace Dynamics.Mailchimp.MailchimpApi.Resilience;

/// <summary>
/// Decides whether a failed attempt is retried: only transient failures (429, 5xx, 408, a 403 without a JSON body,
/// network errors, attempt timeouts) of requests that are safe to repeat (GET, PUT, PATCH, DELETE, HEAD and
/// POSTs marked retry-safe). A POST that creates something is never repeated.
/// </summary>
internal static class MailchimpRetryClassifier
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request) =>
        request is not null && IsSafeToRepeat(request) && IsTransient(outcome);

    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch
            || method == HttpMethod.Delete || method == HttpMethod.Head)
        {
            return true;
        }

        return method == HttpMethod.Post
            && request.Options.TryGetValue(MailchimpRequestOptions.RetrySafePost, out var safe) && safe;
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        return status >= 500
            || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            || (response.StatusCode == HttpStatusCode.Forbidden && !IsJson(response));
    }

    private static bool IsJson(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return mediaType is not null && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);
    }
}
