namespace Dynamics.Mailchimp.Dataverse.Configuration;

/// <summary>How the client obtains bearer tokens for the Dataverse environment.</summary>
public enum DataverseAuthType
{
    /// <summary><c>DefaultAzureCredential</c> (environment, workload identity, managed identity, developer tools).</summary>
    Default = 0,

    /// <summary>Client credentials flow with an application secret.</summary>
    ClientSecret,

    /// <summary>Client credentials flow with a certificate (store thumbprint or file).</summary>
    Certificate,

    /// <summary>Azure managed identity (system-assigned, or user-assigned when a client id is set).</summary>
    ManagedIdentity,

    /// <summary>A fixed bearer token, for the local sandbox.</summary>
    StaticToken,
}
