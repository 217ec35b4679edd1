using System.Globalization;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClientOptions
{
    private const string Redacted = "***";

    /// <summary>Service root, e.g. <c>https://contoso.crm.dynamics.com/api/data/v9.2/</c>. (A method, so configuration binding never calls it.)</summary>
    /// <returns>The service root.</returns>
    /// <exception cref="InvalidOperationException">When <see cref="EnvironmentUrl"/> is not set.</exception>
    public Uri GetServiceRoot() => new(
        (EnvironmentUrl ?? throw new InvalidOperationException("DataverseClientOptions.EnvironmentUrl is not set."))
            .GetLeftPart(UriPartial.Path).TrimEnd('/') + "/api/data/" + ApiVersion + "/");

    /// <summary>Token scope: <c>&lt;environment-url&gt;/.default</c>.</summary>
    /// <returns>The scope.</returns>
    /// <exception cref="InvalidOperationException">When <see cref="EnvironmentUrl"/> is not set.</exception>
    public string GetScope() => (EnvironmentUrl ?? throw new InvalidOperationException("DataverseClientOptions.EnvironmentUrl is not set."))
        .GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>Describes the options with every secret redacted.</summary>
    /// <returns>A single-line description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"DataverseClientOptions {{ EnvironmentUrl = {EnvironmentUrl}, AuthType = {AuthType}, TenantId = {TenantId}, " +
        $"ClientId = {ClientId}, ClientSecret = {Mask(ClientSecret)}, CertificateThumbprint = {CertificateThumbprint}, " +
        $"CertificatePath = {CertificatePath}, CertificatePassword = {Mask(CertificatePassword)}, StaticToken = {Mask(StaticToken)}, " +
        $"Credential = {(Credential is null ? "(none)" : Credential.GetType().Name)}, ApiVersion = {ApiVersion}, MaxPageSize = {MaxPageSize}, " +
        $"MaxBatchOperations = {MaxBatchOperations}, MaxParallelBatches = {MaxParallelBatches}, MaxConcurrentRequests = {MaxConcurrentRequests}, MaxRetryAttempts = {MaxRetryAttempts}, " +
        $"WriteTag = {WriteTag}, BypassCustomPlugins = {BypassCustomPlugins} }}");

    private static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Redacted;
}
