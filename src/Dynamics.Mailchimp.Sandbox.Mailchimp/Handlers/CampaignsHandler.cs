using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>GET /campaigns</c> (status, since_send_time, list_id, sort_field, sort_dir, paging) and <c>GET /campaigns/{campaign_id}</c>.</summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/campaigns/list-campaigns/; the parameter enums (sort_field create_time or
/// send_time, sort_dir ASC or DESC) as in the official spec 3.0.55 (api-evangelist/mailchimp openapi/mailchimp-campaigns-api-openapi.yml).
/// </remarks>
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
            var sortField = NullIfEmpty(query["sort_field"].ToString());
            if (sortField is not (null or "create_time" or "send_time"))
            {
                throw new InvalidResourceException($"The sort_field parameter '{sortField}' is not one of create_time, send_time.", "sort_field", "Invalid value.");
            }

            var sortDir = NullIfEmpty(query["sort_dir"].ToString());
            if (sortDir is not (null or "ASC" or "DESC"))
            {
                throw new InvalidResourceException($"The sort_dir parameter '{sortDir}' is not one of ASC, DESC.", "sort_dir", "Invalid value.");
            }

            var filter = new CampaignQuery(NullIfEmpty(query["status"].ToString()), sinceTime, NullIfEmpty(query["list_id"].ToString()), sortField == "send_time", sortDir == "DESC");
            return JsonResult.Ok(store.ListCampaigns(filter, Paging.From(query)));
        }).WithContract(ParameterContract.For("GET", RouteNames.Campaigns, [.. ParameterContract.Collection, "status", "since_send_time", "list_id", "sort_field", "sort_dir"]));
        routes.MapGet(RouteNames.Campaign, (string campaign_id) => JsonResult.Ok(store.GetCampaign(campaign_id)))
            .WithContract(ParameterContract.For("GET", RouteNames.Campaign, ParameterContract.PartialResponse));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
