namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>
/// A request the Web API refuses before (or instead of) reaching the organization: bad URL, bad body, unknown segment,
/// missing privilege. Carries the HTTP status and the Dataverse error code written in the OData error body.
/// </summary>
internal sealed class WebApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status to answer with.</param>
    /// <param name="errorCode">The <c>error.code</c> value, e.g. <c>0x8006088a</c>.</param>
    /// <param name="message">The <c>error.message</c> value; it names the resource.</param>
    public WebApiException(int statusCode, string errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The Dataverse error code.</summary>
    public string ErrorCode { get; }

    internal static WebApiException BadRequest(string message) => new(400, Protocol.ErrorCodes.BadRequest, message);

    internal static WebApiException NotFoundSegment(string segment) => new(404, Protocol.ErrorCodes.ResourceNotFound, $"Resource not found for the segment '{segment}'.");

    internal static WebApiException NotImplemented(string feature) => new(501, Protocol.ErrorCodes.NotImplemented, $"{feature} is not implemented in the Dataverse sandbox.");
}
