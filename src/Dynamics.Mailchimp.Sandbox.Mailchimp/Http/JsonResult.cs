using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Writes a JSON object, after applying the request's <c>fields</c>/<c>exclude_fields</c>.</summary>
internal sealed class JsonResult(JsonObject body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public static JsonResult Ok(JsonObject body) => new(body);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        FieldFilter.Apply(body, httpContext.Request.Query["fields"].ToString(), httpContext.Request.Query["exclude_fields"].ToString());
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await httpContext.Response.WriteAsync(body.ToJsonString(WireJson.Options), httpContext.RequestAborted).ConfigureAwait(false);
    }
}
