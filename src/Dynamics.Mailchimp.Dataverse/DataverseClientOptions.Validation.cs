using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClientOptions : IValidatableObject
{
    /// <summary>Cross-field rules: URL shape and the settings each <see cref="AuthType"/> needs. Messages name fields, never values of secrets.</summary>
    /// <param name="validationContext">The validation context.</param>
    /// <returns>The failures found.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EnvironmentUrl is not null && !IsAcceptableUrl(EnvironmentUrl))
        {
            yield return new ValidationResult(
                $"EnvironmentUrl must be an absolute https URL (http is allowed for loopback only); got '{EnvironmentUrl}'.",
                [nameof(EnvironmentUrl)]);
        }

        if (Credential is not null)
        {
            yield break;
        }

        foreach (var missing in MissingSettings())
        {
            yield return new ValidationResult($"{missing} is required when AuthType is {AuthType}.", [missing]);
        }

        if (AuthType == DataverseAuthType.Certificate
            && !string.IsNullOrWhiteSpace(CertificateThumbprint) && !string.IsNullOrWhiteSpace(CertificatePath))
        {
            yield return new ValidationResult(
                "Set either CertificateThumbprint or CertificatePath, not both.",
                [nameof(CertificateThumbprint), nameof(CertificatePath)]);
        }
    }

    internal static bool IsAcceptableUrl(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment);

    private IEnumerable<string> MissingSettings()
    {
        switch (AuthType)
        {
            case DataverseAuthType.ClientSecret:
                if (string.IsNullOrWhiteSpace(TenantId)) { yield return nameof(TenantId); }
                if (string.IsNullOrWhiteSpace(ClientId)) { yield return nameof(ClientId); }
                if (string.IsNullOrWhiteSpace(ClientSecret)) { yield return nameof(ClientSecret); }
                break;
            case DataverseAuthType.Certificate:
                if (string.IsNullOrWhiteSpace(TenantId)) { yield return nameof(TenantId); }
                if (string.IsNullOrWhiteSpace(ClientId)) { yield return nameof(ClientId); }
                if (string.IsNullOrWhiteSpace(CertificateThumbprint) && string.IsNullOrWhiteSpace(CertificatePath))
                {
                    yield return nameof(CertificateThumbprint) + " or " + nameof(CertificatePath);
                }

                break;
            case DataverseAuthType.StaticToken:
                if (string.IsNullOrWhiteSpace(StaticToken)) { yield return nameof(StaticToken); }
                break;
        }
    }
}
