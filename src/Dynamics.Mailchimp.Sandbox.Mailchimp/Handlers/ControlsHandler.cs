using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>The HTTP face of <see cref="SandboxControls"/>, mapped under <c>/_sandbox</c>; no API key needed.</summary>
internal sealed class ControlsHandler(ContactSimulation store, SandboxControls controls, FaultInjector faults, RequestLog log) : IEndpointGroup
{
    private const string KeepUnsubscribedName = "keep_unsubscribed";

    private const string ReportErrorName = "report_error";

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/members/unsubscribe", (JsonObject body) =>
            JsonResult.Ok(store.Unsubscribe(JsonBody.RequiredText(body, "list_id"), JsonBody.RequiredText(body, "email"), JsonBody.Text(body, "reason"), JsonBody.Text(body, "campaign_id"))));
        routes.MapPost("/members/bounce", (JsonObject body) =>
            JsonResult.Ok(store.Bounce(JsonBody.RequiredText(body, "list_id"), JsonBody.RequiredText(body, "email"), JsonBody.Text(body, "type") != "soft", JsonBody.Text(body, "campaign_id"))));
        routes.MapPost("/members/subscribe", (JsonObject body) =>
            JsonResult.Ok(store.SelfSubscribe(JsonBody.RequiredText(body, "list_id"), JsonBody.RequiredText(body, "email"))));
        routes.MapPost("/campaigns/send", (JsonObject body) =>
            JsonResult.Ok(store.SendCampaign(JsonBody.RequiredText(body, "list_id"), JsonBody.Text(body, "subject") ?? "Sandbox campaign", body["recipients"] is null ? null : JsonBody.Strings(body, "recipients"))));
        routes.MapPost("/campaigns/{campaign_id}/open", (string campaign_id, JsonObject body) =>
        {
            controls.Open(campaign_id, JsonBody.RequiredText(body, "email"));
            return Results.NoContent();
        });
        routes.MapPost("/campaigns/{campaign_id}/click", (string campaign_id, JsonObject body) =>
        {
            controls.Click(campaign_id, JsonBody.RequiredText(body, "email"), JsonBody.Text(body, "url") ?? "https://example.com/");
            return Results.NoContent();
        });
        routes.MapPost("/campaigns/{campaign_id}/engagement", (string campaign_id, JsonObject body) =>
        {
            var events = controls.Engage(campaign_id, JsonBody.Number(body, "opens") ?? 1, JsonBody.Number(body, "clicks") ?? 0, JsonBody.Text(body, "url") ?? "https://example.com/");
            return Results.Json(new { events }, SnakeCase);
        });
        routes.MapPost("/faults", (JsonObject body) =>
        {
            controls.InjectFault(new FaultRule(JsonBody.Text(body, "path_prefix") ?? string.Empty, JsonBody.Number(body, "status") ?? 503, JsonBody.Number(body, "count") ?? 1, JsonBody.Number(body, "retry_after")));
            return Results.Json(faults.Pending(), SnakeCase);
        });
        routes.MapGet("/faults", () => Results.Json(faults.Pending(), SnakeCase));
        routes.MapDelete("/faults", () =>
        {
            controls.ClearFaults();
            return Results.NoContent();
        });
        routes.MapPost("/latency", (JsonObject body) =>
        {
            controls.Latency = TimeSpan.FromMilliseconds(JsonBody.Number(body, "milliseconds") ?? 0);
            return Results.Json(new { milliseconds = (int)controls.Latency.TotalMilliseconds }, SnakeCase);
        });
        routes.MapPost("/batch-resubscribe", (JsonObject body) =>
        {
            controls.BatchResubscribe = JsonBody.Text(body, "behavior") switch
            {
                KeepUnsubscribedName => BatchResubscribeBehavior.KeepUnsubscribed,
                ReportErrorName => BatchResubscribeBehavior.ReportError,
                var other => throw new InvalidResourceException($"The behavior '{other}' is not {KeepUnsubscribedName} or {ReportErrorName}.", "behavior", "Invalid value."),
            };
            return Results.Json(new { behavior = controls.BatchResubscribe == BatchResubscribeBehavior.KeepUnsubscribed ? KeepUnsubscribedName : ReportErrorName }, SnakeCase);
        });
        routes.MapPost("/gate/close", () =>
        {
            controls.HoldRequests();
            return Results.NoContent();
        });
        routes.MapPost("/gate/open", () =>
        {
            controls.ReleaseRequests();
            return Results.NoContent();
        });
        routes.MapGet("/requests", () => Results.Json(log.Snapshot(), SnakeCase));
        routes.MapPost("/reset", () =>
        {
            controls.Reset();
            return Results.NoContent();
        });
    }
}
