using Microsoft.Net.Http.Headers;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>
/// Sends the requests to receivers: the GET that checks a URL on create and the form POST of each event, each cancelled
/// after <see cref="WebhookRetryPolicy.Timeout"/> as timed by the sandbox's clock (so tests drive it with a fake one).
/// </summary>
internal sealed class WebhookSender(TimeProvider time) : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    public Task<WebhookAttempt> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation(HeaderNames.UserAgent, WebhookWire.ValidatorAgent);
        return SendAsync(request, cancellationToken);
    }

    public Task<WebhookAttempt> PostAsync(Uri url, IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation(HeaderNames.UserAgent, WebhookWire.DeliveryAgent);
        return SendAsync(request, cancellationToken);
    }

    /// <summary>The body a POST of <paramref name="form"/> carries.</summary>
    public static async Task<string> EncodeAsync(IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(form);
        return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _client.Dispose();

    private async Task<WebhookAttempt> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var owned = request;
        using var timeout = new CancellationTokenSource(WebhookRetryPolicy.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return new WebhookAttempt(status, response.IsSuccessStatusCode ? WebhookOutcome.Delivered : WebhookOutcome.Failed);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(null, WebhookOutcome.TimedOut);
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(null, WebhookOutcome.Unreachable);
        }
    }
}
