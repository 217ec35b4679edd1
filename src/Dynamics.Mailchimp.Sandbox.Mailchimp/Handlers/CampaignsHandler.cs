using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>GET /campaigns</c> (status, since_send_time, list_id, paging) and <c>GET /campaigns/{campaign_id}</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/campaigns/</remarks>
internal sealed class CampaignsHandler(CampaignStore store) : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.Campaigns, (HttpContext context) =>
        {
            var query = context.Request.Query;
            var since = query["since_send_time"].ToString();
            DateTimeOffset? sinceTime = since.Length == 0
                ? null
                : Timestamps.TryParse(since, out var parsed) ? parsed : throw new InvalidResourceException($"The since_send_time parameter '{since}' is not an ISO 8601 time.", "since_send_time", "Invalid date.");
            var filter = new CampaignQuery(NullIfEmpty(query["status"].ToString()), sinceTime, NullIfEmpty(query["list_id"].ToString()));
            return JsonResult.Ok(store.ListCampaigns(filter, Paging.From(query)));
        }).WithContract(ParameterContract.For("GET", RouteNames.Campaigns, [.. ParameterContract.Collection, "status", "since_send_time", "list_id"]));
        routes.MapGet(RouteNames.Campaign, (string campaign_id) => JsonResult.Ok(store.GetCampaign(campaign_id)))
            .WithContract(ParameterContract.For("GET", RouteNames.Campaign, ParameterContract.PartialResponse));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
