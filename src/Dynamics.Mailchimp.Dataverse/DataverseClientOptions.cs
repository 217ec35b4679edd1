using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Azure.Core;
using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Settings of the Dataverse Web API client. Validated at start-up (see <c>AddDataverseClient</c>).</summary>
/// <remarks>
/// Secrets (<see cref="ClientSecret"/>, <see cref="CertificatePassword"/>, <see cref="StaticToken"/>) are write-only
/// outside this assembly, so serializers and structured loggers that read public properties (<c>{@Options}</c>) never see
/// them; <see cref="ToString"/> shows <c>***</c>. <see cref="Credential"/> is left out of System.Text.Json serialization.
/// Set the secrets from code or from configuration with <c>AddDataverseClient(section)</c>, which binds them
/// (a plain <c>section.Bind(options)</c> skips properties without a public getter).
/// </remarks>
public sealed partial class DataverseClientOptions
{
    /// <summary>Environment URL, e.g. <c>https://contoso.crm.dynamics.com</c>. Required; https, or http on loopback only.</summary>
    [Required]
    public Uri? EnvironmentUrl { get; set; }

    /// <summary>How tokens are obtained.</summary>
    /// <value>Default: <see cref="DataverseAuthType.Default"/> (<c>DefaultAzureCredential</c>).</value>
    public DataverseAuthType AuthType { get; set; } = DataverseAuthType.Default;

    /// <summary>Entra ID tenant id. Required for <see cref="DataverseAuthType.ClientSecret"/> and <see cref="DataverseAuthType.Certificate"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id; for managed identity, the user-assigned identity's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>Sets the client secret.</summary>
    /// <remarks>Write-only outside this assembly (never serialized or logged).</remarks>
    public string? ClientSecret { internal get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Path of a PFX/PKCS#12 certificate file (alternative to <see cref="CertificateThumbprint"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Sets the password of <see cref="CertificatePath"/>.</summary>
    /// <remarks>Write-only outside this assembly (never serialized or logged).</remarks>
    public string? CertificatePassword { internal get; set; }

    /// <summary>Sets the fixed bearer token for <see cref="DataverseAuthType.StaticToken"/>.</summary>
    /// <remarks>Write-only outside this assembly (never serialized or logged).</remarks>
    public string? StaticToken { internal get; set; }

    /// <summary>A credential supplied in code; when set it is used instead of <see cref="AuthType"/>.</summary>
    /// <value>Default: <see langword="null"/>.</value>
    [JsonIgnore]
    public TokenCredential? Credential { get; set; }

    /// <summary>Web API version segment.</summary>
    /// <value>Default: <c>v9.2</c>.</value>
    [Required]
    [RegularExpression(@"^v\d+\.\d+$")]
    public string ApiVersion { get; set; } = DataverseConstants.DefaultApiVersion;

    /// <summary>Rows per page requested with <c>Prefer: odata.maxpagesize</c> (and FetchXML <c>count</c> when absent).</summary>
    /// <value>Default: 1000. Range 1–5000.</value>
    [Range(1, DataverseConstants.MaxPageSizeLimit)]
    public int MaxPageSize { get; set; } = DataverseConstants.DefaultMaxPageSize;

    /// <summary>Operations per <c>$batch</c> request; larger inputs are split across batches.</summary>
    /// <value>Default: 100. Range 1–1000 (the Web API limit).</value>
    [Range(1, DataverseConstants.MaxBatchOperationsLimit)]
    public int MaxBatchOperations { get; set; } = DataverseConstants.DefaultMaxBatchOperations;

    /// <summary>
    /// How many of the <c>$batch</c> requests that one <see cref="IDataverseClient.ExecuteBatchAsync"/> call is split into
    /// may be in flight at once. Above 1, operations in different batches must not depend on each other (change sets
    /// and <c>Content-ID</c> references always stay inside one batch); the job's reads and outcome writes qualify.
    /// </summary>
    /// <value>Default: 1 (one batch after the other). Range 1–52; <see cref="MaxConcurrentRequests"/> still caps the requests.</value>
    [Range(1, DataverseConstants.ServiceProtectionConcurrencyLimit)]
    public int MaxParallelBatches { get; set; } = 1;

    /// <summary>Cap on concurrent HTTP requests; further requests wait in a queue.</summary>
    /// <value>Default: 8. Range 1–52 (the service protection limit).</value>
    [Range(1, DataverseConstants.ServiceProtectionConcurrencyLimit)]
    public int MaxConcurrentRequests { get; set; } = DataverseConstants.DefaultMaxConcurrentRequests;

    /// <summary>Retries after the first attempt (429 always; 5xx and timeouts for safe requests only).</summary>
    /// <value>Default: 5. Range 0–20.</value>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Base delay of the exponential backoff (with jitter) when no <c>Retry-After</c> is given.</summary>
    /// <value>Default: 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Configuration.DataverseClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one attempt. Dataverse operations may run up to 2 minutes.</summary>
    /// <value>Default: 2 minutes 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Configuration.DataverseClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(130);

    /// <summary>Timeout of a request including all retries and waits.</summary>
    /// <value>Default: 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "12:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Configuration.DataverseClientOptionsValidator.OwnRangeCopy)]
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tag added as <c>?tag=</c> to every write so plug-ins can recognise (and skip) the job's own writes. Empty disables it.</summary>
    /// <value>Default: <c>dmc-sync</c>.</value>
    [RegularExpression(@"^[A-Za-z0-9_.\-]{0,100}$")]
    public string? WriteTag { get; set; } = DataverseConstants.DefaultWriteTag;

    /// <summary>Send <c>MSCRM.BypassCustomPluginExecution: true</c> on writes (needs the prvBypassCustomPlugins privilege).</summary>
    /// <value>Default: <see langword="false"/>.</value>
    public bool BypassCustomPlugins { get; set; }
}
