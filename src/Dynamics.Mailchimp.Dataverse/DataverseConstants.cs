namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Defaults and fixed names used by the Dataverse client, written once.</summary>
public static class DataverseConstants
{
    /// <summary>Name of the <see cref="HttpClient"/> registered by <c>AddDataverseClient</c>.</summary>
    public const string HttpClientName = "Dynamics.Mailchimp.Dataverse";

    /// <summary>Name of the resilience pipeline attached to the Dataverse HTTP client.</summary>
    public const string ResiliencePipelineName = "dataverse";

    /// <summary>Configuration section bound by default.</summary>
    public const string ConfigurationSection = "Dataverse";

    /// <summary>Default Web API version segment.</summary>
    public const string DefaultApiVersion = "v9.2";

    /// <summary>Default <c>odata.maxpagesize</c> preference.</summary>
    public const int DefaultMaxPageSize = 1000;

    /// <summary>Largest page size the Web API allows.</summary>
    public const int MaxPageSizeLimit = 5000;

    /// <summary>Default number of operations per <c>$batch</c> request.</summary>
    public const int DefaultMaxBatchOperations = 100;

    /// <summary>Largest number of operations the Web API accepts in one <c>$batch</c>.</summary>
    public const int MaxBatchOperationsLimit = 1000;

    /// <summary>Default cap on concurrent requests (service protection allows 52 per user).</summary>
    public const int DefaultMaxConcurrentRequests = 8;

    /// <summary>Service protection limit on concurrent requests per user.</summary>
    public const int ServiceProtectionConcurrencyLimit = 52;

    /// <summary>Default write tag surfaced to plug-ins as <c>SharedVariables["tag"]</c>.</summary>
    public const string DefaultWriteTag = "dmc-sync";

    /// <summary>Namespace prefix required for bound actions.</summary>
    public const string ActionNamespace = "Microsoft.Dynamics.CRM.";

    /// <summary>Margin before token expiry at which a cached token is refreshed.</summary>
    public static readonly TimeSpan TokenRefreshMargin = TimeSpan.FromMinutes(5);
}
