namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>The credential could not produce a token for the environment. The message names ids, never secrets.</summary>
public sealed class DataverseTokenAcquisitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="options">The options in use (only non-secret fields are read).</param>
    /// <param name="innerException">The Azure.Identity failure.</param>
    public DataverseTokenAcquisitionException(DataverseClientOptions options, Exception innerException)
        : base(
            $"Could not get an access token for scope {options?.GetScope()} with AuthType {options?.AuthType} " +
            $"(tenant {Show(options?.TenantId)}, client id {Show(options?.ClientId)}). Check the tenant and client ids and that the " +
            "client secret or certificate is valid and not expired.",
            innerException)
    {
    }

    private static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "(not set)" : value;
}
