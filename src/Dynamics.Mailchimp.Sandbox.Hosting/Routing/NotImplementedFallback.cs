using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Routing;

/// <summary>Answers every unmatched request with 501 and a message naming the method and path.</summary>
public static class NotImplementedFallback
{
    /// <summary>Builds the message for an unmatched request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request path.</param>
    /// <returns>E.g. <c>DELETE /3.0/lists/abc is not implemented in the emulator.</c></returns>
    public static string Message(string method, string path) => $"{method} {path} is not implemented in the emulator.";

    /// <summary>
    /// Maps a lowest-priority catch-all endpoint that answers 501. Because it accepts every method, a known path with an
    /// unknown method also lands here (instead of 405).
    /// </summary>
    /// <param name="endpoints">The endpoint builder.</param>
    /// <param name="writeResponse">
    /// Writes the 501 body in the emulator's own error shape, given the context and the message; when <see langword="null"/>
    /// a plain-text body is written.
    /// </param>
    /// <returns>The endpoint convention builder.</returns>
    public static IEndpointConventionBuilder MapNotImplementedFallback(
        this IEndpointRouteBuilder endpoints,
        Func<HttpContext, string, Task>? writeResponse = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapFallback("{**path}", async context =>
        {
            var message = Message(context.Request.Method, context.Request.Path.Value ?? "/");
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            if (writeResponse is null)
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await writeResponse(context, message).ConfigureAwait(false);
        });
    }
}
