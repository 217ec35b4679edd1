using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>
/// <c>GET|POST /lists/{list_id}/webhooks</c>, <c>GET|PATCH|DELETE /lists/{list_id}/webhooks/{webhook_id}</c>. A new URL
/// (on create, or changed by PATCH) is checked with a GET first and refused unless it answers 2xx.
/// </summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-webhooks/. The endpoints document no query parameters (the official
/// SDK's <c>ListWebhooksListsRequest</c> has only <c>list_id</c>), so any query parameter is 501. The GET check is
/// documented in Mailchimp's About Webhooks guide ("our webhook validator will only send HTTP GET requests").
/// </remarks>
internal sealed class WebhooksHandler(WebhookStore store, WebhookDispatcher dispatcher) : IEndpointGroup
{
    private static readonly string[] BodyFields = [WebhookWire.Url, WebhookWire.Events, WebhookWire.Sources];

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(WebhookWire.Collection, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.List(list_id, ApiBase(context))))
            .WithContract(ParameterContract.For("GET", WebhookWire.Collection, []));
        routes.MapPost(WebhookWire.Collection, async (HttpContext context, string list_id) =>
        {
            var settings = WebhookSettings.Parse(await JsonBody.ReadAsync(context).ConfigureAwait(false), $"POST {WebhookWire.Collection}");
            var url = settings.RequiredUrl;
            store.CheckUrlFree(list_id, url);
            await CheckReachableAsync(url, context.RequestAborted).ConfigureAwait(false);
            return JsonResult.Ok(store.Add(list_id, settings, ApiBase(context)));
        }).WithContract(ParameterContract.For("POST", WebhookWire.Collection, [], BodyFields));
        routes.MapGet(WebhookWire.Item, (HttpContext context, string list_id, string webhook_id) =>
            JsonResult.Ok(store.Get(list_id, webhook_id, ApiBase(context))))
            .WithContract(ParameterContract.For("GET", WebhookWire.Item, []));
        routes.MapPatch(WebhookWire.Item, async (HttpContext context, string list_id, string webhook_id) =>
        {
            var settings = WebhookSettings.Parse(await JsonBody.ReadAsync(context).ConfigureAwait(false), $"PATCH {WebhookWire.Item}");
            store.Get(list_id, webhook_id, ApiBase(context));
            if (settings.Url is { } url)
            {
                store.CheckUrlFree(list_id, url, webhook_id);
                await CheckReachableAsync(url, context.RequestAborted).ConfigureAwait(false);
            }

            return JsonResult.Ok(store.Update(list_id, webhook_id, settings, ApiBase(context)));
        }).WithContract(ParameterContract.For("PATCH", WebhookWire.Item, [], BodyFields));
        routes.MapDelete(WebhookWire.Item, (string list_id, string webhook_id) =>
        {
            store.Delete(list_id, webhook_id);
            dispatcher.Forget(webhook_id);
            return Results.NoContent();
        }).WithContract(ParameterContract.For("DELETE", WebhookWire.Item, []));
    }

    private static Uri ApiBase(HttpContext context) =>
        new($"{context.Request.Scheme}://{context.Request.Host}{MailchimpSandboxDefaults.ApiPrefix}/");

    private async Task CheckReachableAsync(Uri url, CancellationToken cancellationToken)
    {
        var answer = await dispatcher.Sender.CheckAsync(url, cancellationToken).ConfigureAwait(false);
        if (answer.Outcome != WebhookOutcome.Delivered)
        {
            throw new WebhookUrlUnverifiedException(url, answer.Status ?? 0);
        }
    }
}
