using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>
/// Builds the resilience pipeline, outermost first: total timeout, retry (Retry-After for 429, exponential backoff with
/// jitter otherwise, see <see cref="DataverseRetryPredicate"/>), concurrency limiter (each attempt holds one permit,
/// waits for retries do not), attempt timeout.
/// </summary>
internal static class DataverseResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, DataverseClientOptions options, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(options.TotalRequestTimeout);
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromMinutes(2),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(
                options.MaxRetryAttempts > 0 && DataverseRetryPredicate.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome)),
        });
        builder.AddConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentRequests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        builder.AddTimeout(options.AttemptTimeout);
    }
}
