using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>
/// The query parameters and body fields one endpoint implements. Anything else Mailchimp may accept answers 501 naming it,
/// so a parameter the sandbox does not implement is never silently dropped.
/// </summary>
/// <param name="Route">The method and route template, for the message (e.g. <c>GET /lists/{list_id}/members</c>).</param>
/// <param name="Query">The query parameters implemented.</param>
/// <param name="Body">The top-level body fields implemented (empty for no body).</param>
/// <param name="ItemsField">The body array whose object items are checked too (e.g. <c>members</c>), or <see langword="null"/>.</param>
/// <param name="ItemFields">The fields implemented in each item of <paramref name="ItemsField"/>.</param>
internal sealed record ParameterContract(string Route, IReadOnlySet<string> Query, IReadOnlySet<string> Body, string? ItemsField = null, IReadOnlySet<string>? ItemFields = null)
{
    /// <summary>Partial responses, implemented on every endpoint.</summary>
    public static readonly string[] PartialResponse = ["fields", "exclude_fields"];

    /// <summary>Offset paging and partial responses, implemented on every collection.</summary>
    public static readonly string[] Collection = ["fields", "exclude_fields", "count", "offset"];

    public static ParameterContract For(string method, string route, IEnumerable<string> query, IEnumerable<string>? body = null) =>
        new($"{method} {route}", Set(query), Set(body ?? []));

    public ParameterContract WithItems(string itemsField, IEnumerable<string> itemFields) =>
        this with { ItemsField = itemsField, ItemFields = Set(itemFields) };

    /// <summary>Throws <see cref="ParameterNotImplementedException"/> for the first query parameter or body field not implemented.</summary>
    public async Task CheckAsync(HttpContext context)
    {
        foreach (var name in context.Request.Query.Keys)
        {
            if (!Query.Contains(name))
            {
                throw new ParameterNotImplementedException("query parameter", name, Route);
            }
        }

        if (await PeekBodyAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        foreach (var (name, _) in body)
        {
            if (!Body.Contains(name))
            {
                throw new ParameterNotImplementedException("body field", name, Route);
            }
        }

        if (ItemsField is not null && body[ItemsField] is JsonArray items)
        {
            foreach (var item in items)
            {
                if (item is not JsonObject fields)
                {
                    continue;
                }

                foreach (var (name, _) in fields)
                {
                    if (!ItemFields!.Contains(name))
                    {
                        throw new ParameterNotImplementedException("body field", $"{ItemsField}[].{name}", Route);
                    }
                }
            }
        }

        JsonBody.Keep(context, body);
    }

    private static HashSet<string> Set(IEnumerable<string> names) => new(names, StringComparer.Ordinal);

    /// <summary>Reads the body as a JSON object and rewinds it for the handler; anything that is not one is left to the handler's own errors.</summary>
    private static async Task<JsonObject?> PeekBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength is 0 || (context.Request.ContentLength is null && !context.Request.Headers.TransferEncoding.Any()))
        {
            return null;
        }

        context.Request.EnableBuffering();
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            context.Request.Body.Position = 0;
        }
    }
}
