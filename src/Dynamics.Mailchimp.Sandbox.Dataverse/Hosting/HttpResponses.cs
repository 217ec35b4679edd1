using System.Buffers;
using System.Text.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>Writes Web API responses to HTTP, and stamps every response with <c>OData-Version</c> and request ids.</summary>
internal static class HttpResponses
{
    public const string JsonContentType = "application/json; odata.metadata=minimal";

    /// <summary>Adds <c>OData-Version: 4.0</c>, <c>REQ_ID</c> and <c>x-ms-service-request-id</c> to every response.</summary>
    public static IApplicationBuilder UseDataverseResponseHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var id = Guid.NewGuid().ToString("D");
            context.Response.Headers[HeaderNames.ODataVersion] = "4.0";
            context.Response.Headers[HeaderNames.RequestId] = id;
            context.Response.Headers[HeaderNames.ServiceRequestId] = id;
            await next(context).ConfigureAwait(false);
        });

    public static async Task WriteAsync(HttpContext context, WebApiResponse response, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.RawBody is { } raw)
        {
            context.Response.ContentType = raw.ContentType;
            await context.Response.Body.WriteAsync(raw.Content, cancellationToken).ConfigureAwait(false);
        }
        else if (response.HasJsonBody)
        {
            // One path for both forms of JSON body, as a $batch part writes them (BatchResponseWriter).
            context.Response.ContentType = JsonContentType;
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                response.WriteBody(writer);
            }

            await context.Response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the OData error body for the 501 fallback outside the service root.</summary>
    public static Task WriteNotImplementedAsync(HttpContext context, string message) =>
        WriteAsync(context, ODataError.Response(501, ErrorCodes.NotImplemented, message), context.RequestAborted);
}
