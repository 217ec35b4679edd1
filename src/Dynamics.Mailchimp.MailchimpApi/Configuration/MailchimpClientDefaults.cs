namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>Default values and hard limits of the Mailchimp Marketing API used by <see cref="MailchimpClientOptions"/>.</summary>
public static class MailchimpClientDefaults
{
    /// <summary>Mailchimp's simultaneous-connection limit per user.</summary>
    public const int MaxConcurrentRequests = 10;

    /// <summary>The default number of retries of a retry-safe request.</summary>
    public const int MaxRetryAttempts = 6;

    /// <summary>The most members per batch-subscribe call, and addresses per static-segment list.</summary>
    public const int MaxBatchSize = 500;

    /// <summary>The largest <c>count</c> of a paged read.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The per-attempt timeout; Mailchimp ends requests at 120 seconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The timeout of a call including retries.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The base delay of the exponential backoff.</summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two attempts.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);
}
