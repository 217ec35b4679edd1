using System.Diagnostics;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>
/// Replaces the HttpClientFactory's default request logging for the Mailchimp client. The default logger redacts
/// header values in the formatted message but still hands the raw <c>Authorization</c> value to structured logging
/// providers in the log state; this logger records method, path, status and duration only, never headers.
/// </summary>
internal sealed partial class MailchimpHttpLogger(ILogger<MailchimpHttpLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request)
    {
        LogStart(logger, request.Method.Method, PathOf(request));
        return Stopwatch.GetTimestamp();
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        LogStop(logger, request.Method.Method, PathOf(request), (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        LogFailed(logger, request.Method.Method, PathOf(request), exception.GetType().Name, elapsed.TotalMilliseconds);

    private static string PathOf(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.PathAndQuery : request.RequestUri?.OriginalString ?? string.Empty;

    [LoggerMessage(EventId = 1200, Level = LogLevel.Trace, Message = "Mailchimp {Method} {Path} sending")]
    private static partial void LogStart(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Mailchimp {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms")]
    private static partial void LogStop(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Debug, Message = "Mailchimp {Method} {Path} failed with {ExceptionType} after {ElapsedMilliseconds} ms")]
    private static partial void LogFailed(ILogger logger, string method, string path, string exceptionType, double elapsedMilliseconds);
}
