using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Writes Mailchimp problem documents: type, title, status, detail, instance (also sent as <c>X-Request-Id</c>).</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/errors/</remarks>
internal static class ProblemWriter
{
    public const string RequestIdHeader = "X-Request-Id";

    public static Task WriteAsync(HttpContext context, MailchimpProblemException problem)
    {
        foreach (var (name, value) in problem.Headers)
        {
            context.Response.Headers[name] = value;
        }

        return WriteAsync(context, problem.Status, problem.Title, problem.Detail, problem.FieldErrors);
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, IReadOnlyList<KeyValuePair<string, string>>? fieldErrors = null)
    {
        var instance = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["type"] = ProblemTitles.TypeUrl,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = instance,
        };
        if (fieldErrors is { Count: > 0 })
        {
            body["errors"] = new JsonArray([.. fieldErrors.Select(e => (JsonNode)new JsonObject { ["field"] = e.Key, ["message"] = e.Value })]);
        }

        context.Response.StatusCode = status;
        context.Response.Headers[RequestIdHeader] = instance;
        context.Response.ContentType = ProblemTitles.ContentType;
        await context.Response.WriteAsync(body.ToJsonString(WireJson.Options), context.RequestAborted).ConfigureAwait(false);
    }
}
