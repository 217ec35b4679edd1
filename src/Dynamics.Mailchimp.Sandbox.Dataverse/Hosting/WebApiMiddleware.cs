using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// The HTTP face of the Web API under <c>/api/data/v9.2</c>: runs one operation through the dispatcher, as the caller
/// <see cref="AuthenticationMiddleware"/> put on the context; requests that only read run together, the others one at a
/// time (<see cref="RequestAccess"/>, <see cref="ReadWriteGate"/>).
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors.
/// </summary>
internal static class WebApiMiddleware
{
    public const string Root = "/api/data/v9.2";

    public static bool IsWebApiPath(PathString path)
    {
        var value = path.Value ?? string.Empty;
        return value == Root || value.StartsWith(Root + "/", StringComparison.Ordinal);
    }

    public static IApplicationBuilder UseDataverseWebApi(this IApplicationBuilder app, SandboxRuntime runtime) =>
        app.Use(async (context, next) =>
        {
            if (!IsWebApiPath(context.Request.Path) || context.Items[AuthenticationMiddleware.CallerKey] is not WebApiCaller caller)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var dispatcher = runtime.Dispatcher;
            var response = dispatcher is null
                ? ODataError.Response(503, ErrorCodes.Unexpected, "The Dataverse sandbox is still starting.")
                : await DispatchAsync(context, caller, dispatcher, runtime.Gate, context.RequestAborted).ConfigureAwait(false);
            await HttpResponses.WriteAsync(context, response, context.RequestAborted).ConfigureAwait(false);
        });

    private static async Task<WebApiResponse> DispatchAsync(HttpContext context, WebApiCaller caller, Routing.WebApiDispatcher dispatcher, ReadWriteGate gate, CancellationToken cancellationToken)
    {
        var (request, readOnly) = RequestAccess.Classify(await ReadAsync(context, caller, cancellationToken).ConfigureAwait(false));
        using (await gate.EnterAsync(readOnly, cancellationToken).ConfigureAwait(false))
        {
            return dispatcher.Dispatch(request);
        }
    }

    private static async Task<WebApiRequest> ReadAsync(HttpContext context, WebApiCaller caller, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var headers = context.Request.Headers
            .Where(h => !string.Equals(h.Key, HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawQuery = context.Request.QueryString.Value ?? string.Empty;
        var path = (context.Request.Path.Value ?? string.Empty)[Root.Length..].TrimStart('/');
        return new WebApiRequest(context.Request.Method.ToUpperInvariant(), path, QueryStrings.Parse(rawQuery), rawQuery, headers, body, caller);
    }
}
