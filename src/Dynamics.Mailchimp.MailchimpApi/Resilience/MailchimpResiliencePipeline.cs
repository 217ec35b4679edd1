using System.Threading.RateLimiting;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Dynamics.Mailchimp.MailchimpApi.Resilience;

/// <summary>
/// Builds the client's pipeline, outermost first: total timeout → retry (exponential backoff with jitter,
/// <c>Retry-After</c> honoured, retry-safe requests only) → the account's shared concurrency limiter → attempt timeout.
/// The limiter sits inside the retry so a waiting retry does not hold a connection slot.
/// </summary>
internal static partial class MailchimpResiliencePipeline
{
    public const string Name = "mailchimp";

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        MailchimpClientOptions options,
        RateLimiter limiter,
        ILogger logger)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "mailchimp-total-timeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "mailchimp-retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    MailchimpRetryClassifier.ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    LogRetry(
                        logger,
                        request?.Method.Method ?? "?",
                        request?.RequestUri?.AbsolutePath ?? "?",
                        args.Outcome.Result is { } response ? (int)response.StatusCode : 0,
                        args.Outcome.Exception?.GetType().Name ?? "none",
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            Name = "mailchimp-connections",
            RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken),
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "mailchimp-attempt-timeout", Timeout = options.Timeout });
    }

    [LoggerMessage(
        EventId = 1100,
        Level = LogLevel.Warning,
        Message = "Retrying Mailchimp {Method} {Path} after status {StatusCode} / exception {ExceptionType}: retry {Retry} in {Delay}")]
    private static partial void LogRetry(ILogger logger, string method, string path, int statusCode, string exceptionType, int retry, TimeSpan delay);
}
