using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse.Authentication;

/// <summary>Builds the Azure.Identity credential described by <see cref="DataverseClientOptions"/>.</summary>
public static class DataverseCredentialFactory
{
    /// <summary>Creates the credential for the options' <see cref="DataverseClientOptions.AuthType"/>.</summary>
    /// <param name="options">Validated options.</param>
    /// <returns>The credential (<see cref="DataverseClientOptions.Credential"/> when set).</returns>
    /// <exception cref="InvalidOperationException">The certificate cannot be found or loaded.</exception>
    public static TokenCredential Create(DataverseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Credential is not null)
        {
            return options.Credential;
        }

        return options.AuthType switch
        {
            DataverseAuthType.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            DataverseAuthType.Certificate => new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options)),
            DataverseAuthType.ManagedIdentity => new ManagedIdentityCredential(
                string.IsNullOrWhiteSpace(options.ClientId)
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            DataverseAuthType.StaticToken => new StaticTokenCredential(options.StaticToken!),
            _ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                TenantId = string.IsNullOrWhiteSpace(options.TenantId) ? null : options.TenantId,
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId,
            }),
        };
    }

    private static X509Certificate2 LoadCertificate(DataverseClientOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (!File.Exists(options.CertificatePath))
            {
                throw new InvalidOperationException($"The Dataverse client certificate file '{options.CertificatePath}' does not exist.");
            }

            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        var thumbprint = options.CertificateThumbprint!.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException(
            $"No certificate with thumbprint {thumbprint} was found in the CurrentUser or LocalMachine 'My' store.");
    }
}
