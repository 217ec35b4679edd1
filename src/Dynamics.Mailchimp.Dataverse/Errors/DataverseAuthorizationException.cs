using System.Net;

namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>401 or 403 from the Web API, with a message that tells an administrator what to fix. Never contains a secret.</summary>
public sealed class DataverseAuthorizationException : DataverseApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">What was requested.</param>
    /// <param name="statusCode">401 or 403.</param>
    /// <param name="error">Parsed error body.</param>
    /// <param name="requestId">The service request id.</param>
    /// <param name="adminHint">What an administrator should check.</param>
    public DataverseAuthorizationException(string request, HttpStatusCode statusCode, DataverseError error, string? requestId, string adminHint)
        : base(request, statusCode, error, requestId, Describe(request, statusCode, error, requestId) + " " + adminHint)
    {
        AdminHint = adminHint;
    }

    /// <summary>What an administrator should check.</summary>
    public string AdminHint { get; }
}
