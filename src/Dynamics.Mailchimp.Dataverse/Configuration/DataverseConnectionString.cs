using System.Data.Common;
using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Dataverse.Configuration;

/// <summary>
/// Parses the connection-string format Dataverse users know, e.g.
/// <c>AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=…;ClientSecret=…;TenantId=…</c>,
/// <c>AuthType=Certificate;Url=…;ClientId=…;TenantId=…;Thumbprint=…</c> (or <c>CertificatePath=…;CertificatePassword=…</c>),
/// <c>AuthType=ManagedIdentity;Url=…[;ClientId=…]</c>, <c>AuthType=Default;Url=…</c> and <c>AuthType=StaticToken;Url=…;Token=…</c>.
/// </summary>
/// <remarks>Errors name the offending key, never a value, so secrets cannot leak through messages.</remarks>
public static partial class DataverseConnectionString
{
    /// <summary>Parses a connection string into new options (other settings keep their defaults).</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The options.</returns>
    /// <exception cref="DataverseConnectionStringException">The string is malformed or incomplete.</exception>
    public static DataverseClientOptions Parse(string connectionString)
    {
        var options = new DataverseClientOptions();
        ApplyTo(connectionString, options);
        return options;
    }

    /// <summary>Parses a connection string into existing options (for <c>AddDataverseClient</c>).</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="options">Options to fill.</param>
    /// <exception cref="DataverseConnectionStringException">The string is malformed or incomplete.</exception>
    public static void ApplyTo(string connectionString, DataverseClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DataverseConnectionStringException("The Dataverse connection string is empty.");
        }

        var (values, unknownKeyPosition) = Tokenize(connectionString);
        options.AuthType = ReadAuthType(values);
        if (unknownKeyPosition is { } position)
        {
            // The key is not echoed: after an unquoted ';' inside a secret, the "key" is part of the secret.
            throw new DataverseConnectionStringException(
                $"The Dataverse connection string has an unknown key in pair #{position} (not shown; quote values that contain ';'). Known keys: " +
                string.Join(", ", ConnectionStringKeys.Aliases.Values.Distinct(StringComparer.Ordinal)) + ".");
        }

        options.EnvironmentUrl = ReadUrl(values);
        options.ClientId = values.GetValueOrDefault(ConnectionStringKeys.ClientId) ?? options.ClientId;
        options.ClientSecret = values.GetValueOrDefault(ConnectionStringKeys.ClientSecret) ?? options.ClientSecret;
        options.TenantId = values.GetValueOrDefault(ConnectionStringKeys.TenantId) ?? options.TenantId;
        options.CertificateThumbprint = values.GetValueOrDefault(ConnectionStringKeys.Thumbprint) ?? options.CertificateThumbprint;
        options.CertificatePath = values.GetValueOrDefault(ConnectionStringKeys.CertificatePath) ?? options.CertificatePath;
        options.CertificatePassword = values.GetValueOrDefault(ConnectionStringKeys.CertificatePassword) ?? options.CertificatePassword;
        options.StaticToken = values.GetValueOrDefault(ConnectionStringKeys.Token) ?? options.StaticToken;

        // Each failure reads "Member: message" (ValidateOptionsResultBuilder).
        var result = new DataverseClientOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new DataverseConnectionStringException(
                $"The Dataverse connection string for AuthType={options.AuthType} is incomplete or invalid: " + string.Join(" ", result.Failures ?? []));
        }
    }
}
