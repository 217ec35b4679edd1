using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>The webhooks registered on each list (<c>/lists/{list_id}/webhooks</c>).</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-webhooks/</remarks>
internal sealed class WebhookStore(StoreContext context, DefinitionStore lists)
{
    private readonly List<WebhookRecord> _webhooks = [];

    /// <summary>Drops every webhook; called under the lock by a reset.</summary>
    public void ResetLocked() => _webhooks.Clear();

    public JsonObject List(string listId, Uri apiBase)
    {
        lock (context.Gate)
        {
            lists.SetLocked(listId); // 404 for an unknown list
            var items = _webhooks.Where(w => w.ListId == listId).Select(w => (JsonNode)WebhookJson.Build(w, apiBase)).ToArray();
            return WebhookJson.Collection(listId, items, apiBase);
        }
    }

    public JsonObject Get(string listId, string webhookId, Uri apiBase)
    {
        lock (context.Gate)
        {
            return WebhookJson.Build(WebhookLocked(listId, webhookId), apiBase);
        }
    }

    /// <summary>Refuses a URL the list already has (query string aside), other than on <paramref name="exceptId"/>.</summary>
    public void CheckUrlFree(string listId, Uri url, string? exceptId = null)
    {
        lock (context.Gate)
        {
            lists.SetLocked(listId); // 404 for an unknown list
            CheckUrlFreeLocked(listId, url, exceptId);
        }
    }

    /// <summary>
    /// Adds a webhook. A flag not sent takes the default Mailchimp documents for adding a webhook (API 1.3
    /// <c>listWebhookAdd</c>, thinkshout/mailchimp <c>MCAPI.class.php</c>): every event on, sources <c>user</c> and
    /// <c>admin</c> on, <c>api</c> off. API 3.0 documents no defaults, so the older documented ones are kept.
    /// </summary>
    public JsonObject Add(string listId, WebhookSettings settings, Uri apiBase)
    {
        lock (context.Gate)
        {
            lists.SetLocked(listId); // 404 for an unknown list
            CheckUrlFreeLocked(listId, settings.Url!, null);
            var webhook = new WebhookRecord { Id = context.NextHex("webhook", 10), ListId = listId, Url = settings.Url! };
            foreach (var name in WebhookWire.EventNames)
            {
                webhook.Events[name] = settings.Events.GetValueOrDefault(name, true);
            }

            foreach (var name in WebhookWire.SourceNames)
            {
                webhook.Sources[name] = settings.Sources.GetValueOrDefault(name, name != WebhookWire.Api);
            }

            _webhooks.Add(webhook);
            return WebhookJson.Build(webhook, apiBase);
        }
    }

    /// <summary>Changes the URL and the flags that were sent; the others stay.</summary>
    public JsonObject Update(string listId, string webhookId, WebhookSettings settings, Uri apiBase)
    {
        lock (context.Gate)
        {
            var webhook = WebhookLocked(listId, webhookId);
            if (settings.Url is { } url)
            {
                CheckUrlFreeLocked(listId, url, webhookId);
                webhook.Url = url;
            }

            foreach (var (name, on) in settings.Events)
            {
                webhook.Events[name] = on;
            }

            foreach (var (name, on) in settings.Sources)
            {
                webhook.Sources[name] = on;
            }

            return WebhookJson.Build(webhook, apiBase);
        }
    }

    public void Delete(string listId, string webhookId)
    {
        lock (context.Gate)
        {
            _webhooks.Remove(WebhookLocked(listId, webhookId));
        }
    }

    /// <summary>Whether <paramref name="listId"/> has any webhook (callers skip building events when not).</summary>
    public bool AnyLocked(string listId) => _webhooks.Exists(w => w.ListId == listId);

    /// <summary>The webhooks of <paramref name="listId"/> that want an event of <paramref name="type"/> from <paramref name="source"/>, oldest first.</summary>
    public IReadOnlyList<WebhookRecord> MatchingLocked(string listId, string type, string source) =>
        [.. _webhooks.Where(w => w.ListId == listId && w.Wants(type, source))];

    private WebhookRecord WebhookLocked(string listId, string webhookId)
    {
        lists.SetLocked(listId); // 404 for an unknown list
        return _webhooks.FirstOrDefault(w => w.ListId == listId && w.Id == webhookId)
            ?? throw new ResourceNotFoundException($"webhook {webhookId} of list {listId}");
    }

    private void CheckUrlFreeLocked(string listId, Uri url, string? exceptId)
    {
        if (_webhooks.Any(w => w.ListId == listId && w.Id != exceptId && SameAddress(w.Url, url)))
        {
            throw new WebhookUrlExistsException(listId, url);
        }
    }

    private static bool SameAddress(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.Ordinal) == 0;
}
