using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Simulation;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>
/// The controls that feed and show webhooks, mapped under <c>/_sandbox</c>: the contact edits their profile or address
/// (<c>profile</c> and <c>upemail</c> events), and the delivery log.
/// </summary>
internal sealed class WebhookControlsHandler(ContactEdits edits, WebhookDispatcher dispatcher) : IEndpointGroup
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/members/profile", (JsonObject body) =>
            JsonResult.Ok(edits.UpdateProfile(JsonBody.RequiredText(body, "list_id"), JsonBody.RequiredText(body, "email"), body["merge_fields"]?.DeepClone() as JsonObject ?? [])));
        routes.MapPost("/members/email", (JsonObject body) =>
            JsonResult.Ok(edits.ChangeEmail(JsonBody.RequiredText(body, "list_id"), JsonBody.RequiredText(body, "email"), JsonBody.RequiredText(body, "new_email"))));
        routes.MapGet("/webhooks/deliveries", () => Results.Json(
            dispatcher.Deliveries().Select(d => new
            {
                d.WebhookId,
                d.Url,
                d.Type,
                d.Attempt,
                d.Status,
                d.Outcome,
                d.GaveUp,
                d.At,
                d.Body,
                Form = d.Form.Select(p => new { Name = p.Key, p.Value }),
            }),
            SnakeCase));
    }
}
