using System.Diagnostics;
using System.Net;

namespace Dynamics.Mailchimp.Benchmarks.Webhooks;

/// <summary>Posts deliveries as Mailchimp does, a fixed number at a time, and times them.</summary>
public static class WebhookLoad
{
    /// <summary>Sends every form to its URL with at most <paramref name="concurrency"/> in flight.</summary>
    /// <param name="url">The webhook URL.</param>
    /// <param name="forms">The deliveries.</param>
    /// <param name="concurrency">How many are in flight at once.</param>
    /// <param name="cancellationToken">Stops sending.</param>
    /// <returns>The answers' status codes and the elapsed time.</returns>
    public static async Task<(IReadOnlyList<HttpStatusCode> Answers, TimeSpan Elapsed)> SendAsync(
        Uri url, IReadOnlyList<Dictionary<string, string>> forms, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(forms);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var answers = new HttpStatusCode[forms.Count];
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, forms.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var response = await http.PostAsync(url, new FormUrlEncodedContent(forms[i]), ct).ConfigureAwait(false);
            answers[i] = response.StatusCode;
        }).ConfigureAwait(false);
        return (answers, watch.Elapsed);
    }
}
