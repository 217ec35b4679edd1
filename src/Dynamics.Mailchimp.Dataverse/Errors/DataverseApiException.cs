using System.Net;

namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>The Web API answered a request with an error status (after retries, where they apply).</summary>
public class DataverseApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">What was requested, e.g. <c>PATCH contacts(…)</c> (path only, no query).</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="error">Parsed error body.</param>
    /// <param name="requestId">The service request id, when returned.</param>
    public DataverseApiException(string request, HttpStatusCode statusCode, DataverseError error, string? requestId)
        : this(request, statusCode, error, requestId, Describe(request, statusCode, error, requestId))
    {
    }

    /// <summary>Creates the exception with a custom message (used by subclasses).</summary>
    /// <param name="request">What was requested.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="error">Parsed error body.</param>
    /// <param name="requestId">The service request id.</param>
    /// <param name="message">The message.</param>
    protected DataverseApiException(string request, HttpStatusCode statusCode, DataverseError error, string? requestId, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Request = request;
        StatusCode = statusCode;
        Error = error;
        RequestId = requestId;
    }

    /// <summary>Method and path of the failed request (no query string).</summary>
    public string Request { get; }

    /// <summary>HTTP status returned.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Dataverse error code (may be empty).</summary>
    public string ErrorCode => Error.Code;

    /// <summary>The server's message.</summary>
    public string ServerMessage => Error.Message;

    /// <summary>The full parsed error, including annotations.</summary>
    public DataverseError Error { get; }

    /// <summary>Value of <c>x-ms-service-request-id</c> (or <c>REQ_ID</c>), for support cases.</summary>
    public string? RequestId { get; }

    /// <summary>Builds the standard message.</summary>
    /// <param name="request">What was requested.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="error">Parsed error.</param>
    /// <param name="requestId">Request id.</param>
    /// <returns>The message.</returns>
    protected static string Describe(string request, HttpStatusCode statusCode, DataverseError error, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(error);
        var code = string.IsNullOrEmpty(error.Code) ? string.Empty : $", code {error.Code}";
        var id = string.IsNullOrEmpty(requestId) ? string.Empty : $", request id {requestId}";
        var text = string.IsNullOrEmpty(error.Message) ? "(no error message)" : error.Message;
        return $"Dataverse {request} failed with {(int)statusCode} {statusCode}{code}{id}: {text}";
    }
}
