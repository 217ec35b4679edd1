using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>
/// Settings of the Mailchimp client. Give either <see cref="ApiKey"/> or <see cref="AccessToken"/> with
/// <see cref="ServerPrefix"/>. Validated with DataAnnotations at start-up.
/// </summary>
public sealed partial class MailchimpClientOptions : IValidatableObject
{
    /// <summary>The configuration section conventionally bound to these options.</summary>
    public const string SectionName = "Mailchimp";

    /// <summary>Sets the API key, <c>&lt;key&gt;-&lt;dc&gt;</c>.</summary>
    /// <value>No default; required unless <see cref="AccessToken"/> is set.</value>
    /// <remarks>
    /// Write-only outside this assembly, so that serializers and structured loggers that read public properties
    /// (<c>{@Options}</c>) never see it; <see cref="ToString"/> shows <c>***</c>. Configuration binding through
    /// <c>AddMailchimpClient(section)</c> still sets it.
    /// </remarks>
    public string? ApiKey { internal get; set; }

    /// <summary>Sets an OAuth 2 access token, used instead of <see cref="ApiKey"/>.</summary>
    /// <value>No default.</value>
    /// <remarks>Write-only outside this assembly, like <see cref="ApiKey"/>.</remarks>
    public string? AccessToken { internal get; set; }

    /// <summary>Gets or sets the server prefix (dc) that goes with <see cref="AccessToken"/>, e.g. <c>us19</c>.</summary>
    /// <value>No default; required with <see cref="AccessToken"/>.</value>
    public string? ServerPrefix { get; set; }

    /// <summary>
    /// Gets or sets a base-address override, e.g. a local sandbox <c>http://127.0.0.1:5123/3.0/</c>.
    /// A missing trailing slash is added.
    /// </summary>
    /// <value>Default <see langword="null"/>: <c>https://&lt;dc&gt;.api.mailchimp.com/3.0/</c>.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the timeout of one attempt. Mailchimp cuts requests at 120 s.</summary>
    /// <value>Default 120 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MailchimpClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan Timeout { get; set; } = MailchimpClientDefaults.Timeout;

    /// <summary>Gets or sets the timeout of one call including its retries and waits for a connection slot.</summary>
    /// <value>Default 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MailchimpClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan TotalTimeout { get; set; } = MailchimpClientDefaults.TotalTimeout;

    /// <summary>
    /// Gets or sets the most requests in flight for this account across the process. Mailchimp allows 10
    /// simultaneous connections per user and answers 429 above that.
    /// </summary>
    /// <value>Default 10; between 1 and 10.</value>
    [Range(1, MailchimpClientDefaults.MaxConcurrentRequests)]
    public int MaxConcurrentRequests { get; set; } = MailchimpClientDefaults.MaxConcurrentRequests;

    /// <summary>Gets or sets how many times a retry-safe request is retried after 429, 5xx or a timeout.</summary>
    /// <value>Default 6; between 0 and 20.</value>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = MailchimpClientDefaults.MaxRetryAttempts;

    /// <summary>Gets or sets the base delay of the exponential backoff (jitter is added). <c>Retry-After</c> wins when present.</summary>
    /// <value>Default 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MailchimpClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan RetryBaseDelay { get; set; } = MailchimpClientDefaults.RetryBaseDelay;

    /// <summary>Gets or sets the longest backoff delay between two attempts.</summary>
    /// <value>Default 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MailchimpClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan MaxRetryDelay { get; set; } = MailchimpClientDefaults.MaxRetryDelay;

    /// <summary>Gets or sets the members (or tag addresses) sent per batch call; Mailchimp accepts at most 500.</summary>
    /// <value>Default 500; between 1 and 500.</value>
    [Range(1, MailchimpClientDefaults.MaxBatchSize)]
    public int BatchSize { get; set; } = MailchimpClientDefaults.MaxBatchSize;

    /// <summary>Gets or sets the page size (<c>count</c>) of paged reads; Mailchimp accepts at most 1000.</summary>
    /// <value>Default 1000; between 1 and 1000.</value>
    [Range(1, MailchimpClientDefaults.MaxPageSize)]
    public int PageSize { get; set; } = MailchimpClientDefaults.MaxPageSize;

    /// <summary>Builds the credentials these options describe.</summary>
    /// <returns>The validated credentials.</returns>
    /// <exception cref="MailchimpApiKeyFormatException">The key or token is missing or malformed.</exception>
    public MailchimpCredentials CreateCredentials() => string.IsNullOrWhiteSpace(AccessToken)
        ? MailchimpCredentials.FromApiKey(ApiKey)
        : MailchimpCredentials.FromAccessToken(AccessToken, ServerPrefix);

    /// <summary>Gets the base address requests are sent to, always ending with a slash.</summary>
    /// <returns>The override, or the data centre's production address.</returns>
    public Uri ResolveBaseAddress()
    {
        if (BaseAddress is null)
        {
            return CreateCredentials().DefaultBaseAddress;
        }

        var text = BaseAddress.ToString();
        return text.EndsWith('/') ? BaseAddress : new Uri(text + "/");
    }
}
