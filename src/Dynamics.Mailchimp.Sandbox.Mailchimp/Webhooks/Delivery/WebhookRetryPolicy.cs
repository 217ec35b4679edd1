namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>
/// When a delivery is retried. Mailchimp documents: "If the URL is unavailable or takes more than 10 seconds to respond,
/// the request is canceled and the system will try again later. Retries happen at increasing intervals over the course of
/// 75 minutes" (https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/). The intervals themselves
/// are not documented: the sandbox doubles from one minute (1, 2, 4, 8, 16, 32), six retries within 63 minutes, then
/// drops the event. Any answer other than 2xx counts as a failure (strict reading: the guide names only unavailable and slow).
/// </summary>
internal static class WebhookRetryPolicy
{
    /// <summary>How long a receiver may take to answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The wait before each retry; its length is the number of retries.</summary>
    public static readonly TimeSpan[] Delays = [.. new[] { 1, 2, 4, 8, 16, 32 }.Select(m => TimeSpan.FromMinutes(m))];

    /// <summary>Gets the number of attempts, the first one included.</summary>
    public static int MaxAttempts => Delays.Length + 1;
}
