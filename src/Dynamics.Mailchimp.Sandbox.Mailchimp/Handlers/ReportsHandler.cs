using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>Campaign reports: email activity (since), unsubscribes, sent-to.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/email-activity-reports/, https://mailchimp.com/developer/marketing/api/unsub-reports/, https://mailchimp.com/developer/marketing/api/sent-to-reports/</remarks>
internal sealed class ReportsHandler(CampaignStore store) : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.EmailActivity, (HttpContext context, string campaign_id) =>
        {
            var since = context.Request.Query["since"].ToString();
            DateTimeOffset? sinceTime = since.Length == 0
                ? null
                : Timestamps.TryParse(since, out var parsed) ? parsed : throw new InvalidResourceException($"The since parameter '{since}' is not an ISO 8601 time.", "since", "Invalid date.");
            return JsonResult.Ok(store.EmailActivity(campaign_id, sinceTime, Paging.From(context.Request.Query)));
        }).WithContract(ParameterContract.For("GET", RouteNames.EmailActivity, [.. ParameterContract.Collection, "since"]));
        routes.MapGet(RouteNames.Unsubscribed, (HttpContext context, string campaign_id) =>
            JsonResult.Ok(store.Unsubscribed(campaign_id, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.Unsubscribed, ParameterContract.Collection));
        routes.MapGet(RouteNames.SentTo, (HttpContext context, string campaign_id) =>
            JsonResult.Ok(store.SentTo(campaign_id, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.SentTo, ParameterContract.Collection));
    }
}
