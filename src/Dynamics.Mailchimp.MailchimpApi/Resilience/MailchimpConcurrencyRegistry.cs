using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Dynamics.Mailchimp.MailchimpApi.Configuration;

namespace Dynamics.Mailchimp.MailchimpApi.Resilience;

/// <summary>
/// Hands out one concurrency limiter per Mailchimp account, keyed by the credentials' one-way
/// <see cref="MailchimpCredentials.Fingerprint"/> (never the secret). Registered as a singleton, so every client of the
/// same account in the container shares the account's connection budget. Callers over the limit wait in a queue.
/// </summary>
/// <remarks>The first caller for an account fixes its permit count; later, different counts are ignored.</remarks>
public sealed class MailchimpConcurrencyRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> limiters = new(StringComparer.Ordinal);

    /// <summary>Gets the limiter of an account, creating it on first use.</summary>
    /// <param name="credentials">The account's credentials.</param>
    /// <param name="permitLimit">The most requests in flight (1–10).</param>
    /// <returns>The shared limiter.</returns>
    public RateLimiter GetLimiter(MailchimpCredentials credentials, int permitLimit)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitLimit, MailchimpClientDefaults.MaxConcurrentRequests);
        return limiters.GetOrAdd(credentials.Fingerprint, static (_, limit) => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limit,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }), permitLimit);
    }

    /// <summary>Disposes the limiters.</summary>
    public void Dispose()
    {
        foreach (var limiter in limiters.Values)
        {
            limiter.Dispose();
        }

        limiters.Clear();
    }
}
