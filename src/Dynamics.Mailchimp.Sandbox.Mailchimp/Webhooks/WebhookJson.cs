using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>
/// The list-webhook wire object (<c>id, url, events, sources, list_id, _links</c>) and its collection
/// (<c>webhooks, list_id, total_items, _links</c>), per the response schema of the API reference (api-evangelist/mailchimp
/// <c>openapi/mailchimp-webhooks-api-openapi.yml</c>, a copy of spec 3.0.55). The links follow the shape of Mailchimp's
/// HAL-like <c>_links</c>: rel, href, method, targetSchema and, for writes, schema.
/// </summary>
internal static class WebhookJson
{
    private const string SchemaRoot = "https://us1.api.mailchimp.com/schema/3.0/Definitions/Lists/Webhooks/";

    public static JsonObject Build(WebhookRecord webhook, Uri apiBase)
    {
        var self = Href(apiBase, webhook.ListId, webhook.Id);
        var parent = Href(apiBase, webhook.ListId, null);
        return new JsonObject
        {
            ["id"] = webhook.Id,
            ["url"] = webhook.Url.OriginalString,
            [WebhookWire.Events] = Flags(WebhookWire.EventNames, webhook.Events),
            [WebhookWire.Sources] = Flags(WebhookWire.SourceNames, webhook.Sources),
            ["list_id"] = webhook.ListId,
            ["_links"] = new JsonArray(
                Link("self", self, "GET", "Response.json"),
                Link("parent", parent, "GET", "CollectionResponse.json"),
                Link("update", self, "PATCH", "Response.json", "PATCH.json"),
                Link("delete", self, "DELETE", null)),
        };
    }

    public static JsonObject Collection(string listId, JsonNode[] webhooks, Uri apiBase)
    {
        var self = Href(apiBase, listId, null);
        return new JsonObject
        {
            ["webhooks"] = new JsonArray(webhooks),
            ["list_id"] = listId,
            ["total_items"] = webhooks.Length,
            ["_links"] = new JsonArray(
                Link("self", self, "GET", "CollectionResponse.json"),
                Link("create", self, "POST", "Response.json", "POST.json")),
        };
    }

    private static JsonObject Flags(string[] names, Dictionary<string, bool> flags)
    {
        var json = new JsonObject();
        foreach (var name in names)
        {
            json[name] = flags.GetValueOrDefault(name);
        }

        return json;
    }

    private static string Href(Uri apiBase, string listId, string? webhookId) =>
        new Uri(apiBase, webhookId is null ? $"lists/{listId}/webhooks" : $"lists/{listId}/webhooks/{webhookId}").AbsoluteUri;

    private static JsonObject Link(string rel, string href, string method, string? targetSchema, string? schema = null)
    {
        var link = new JsonObject { ["rel"] = rel, ["href"] = href, ["method"] = method };
        if (targetSchema is not null)
        {
            link["targetSchema"] = SchemaRoot + targetSchema;
        }

        if (schema is not null)
        {
            link["schema"] = SchemaRoot + schema;
        }

        return link;
    }
}
