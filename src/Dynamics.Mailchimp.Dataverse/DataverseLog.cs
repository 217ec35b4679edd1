using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Log messages of the client. Only methods, paths and statuses are logged: never tokens, secrets, query strings or bodies.</summary>
internal static partial class DataverseLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Dataverse {Request} returned {StatusCode}.")]
    public static partial void RequestCompleted(ILogger logger, string request, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dataverse {Request} failed with {StatusCode} (code {ErrorCode}, request id {RequestId}).")]
    public static partial void RequestFailed(ILogger logger, string request, int statusCode, string errorCode, string? requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dataverse batch of {Count} operations failed as a whole; its operations are reported as failed.")]
    public static partial void BatchFailed(ILogger logger, int count, Exception exception);
}
