namespace Dynamics.Mailchimp.Dataverse.Configuration;

/// <summary>Connection string keys (with the aliases Dataverse users know), written once.</summary>
internal static class ConnectionStringKeys
{
    public const string AuthType = "AuthType";
    public const string Url = "Url";
    public const string ClientId = "ClientId";
    public const string ClientSecret = "ClientSecret";
    public const string TenantId = "TenantId";
    public const string Thumbprint = "Thumbprint";
    public const string CertificatePath = "CertificatePath";
    public const string CertificatePassword = "CertificatePassword";
    public const string Token = "Token";

    /// <summary>Alias (lower case, spaces removed) to canonical key.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["authtype"] = AuthType,
        ["url"] = Url,
        ["serviceuri"] = Url,
        ["server"] = Url,
        ["clientid"] = ClientId,
        ["appid"] = ClientId,
        ["applicationid"] = ClientId,
        ["clientsecret"] = ClientSecret,
        ["secret"] = ClientSecret,
        ["tenantid"] = TenantId,
        ["tenant"] = TenantId,
        ["thumbprint"] = Thumbprint,
        ["certificatethumbprint"] = Thumbprint,
        ["certthumbprint"] = Thumbprint,
        ["certificatepath"] = CertificatePath,
        ["certificatefile"] = CertificatePath,
        ["certificatepassword"] = CertificatePassword,
        ["token"] = Token,
        ["accesstoken"] = Token,
    };

    /// <summary>Keys of the Dataverse ServiceClient format that do not affect this client.</summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "requirenewinstance", "skipdiscovery", "loginprompt", "redirecturi",
    };

    /// <summary>AuthType values accepted, mapped to the enum.</summary>
    public static readonly IReadOnlyDictionary<string, DataverseAuthType> AuthTypes = new Dictionary<string, DataverseAuthType>(StringComparer.OrdinalIgnoreCase)
    {
        ["ClientSecret"] = DataverseAuthType.ClientSecret,
        ["Certificate"] = DataverseAuthType.Certificate,
        ["ManagedIdentity"] = DataverseAuthType.ManagedIdentity,
        ["Default"] = DataverseAuthType.Default,
        ["DefaultAzureCredential"] = DataverseAuthType.Default,
        ["StaticToken"] = DataverseAuthType.StaticToken,
    };
}
