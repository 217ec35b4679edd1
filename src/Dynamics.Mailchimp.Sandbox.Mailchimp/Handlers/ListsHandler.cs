using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>GET /ping</c>, <c>GET /lists</c>, <c>GET /lists/{list_id}</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/ping/ and https://mailchimp.com/developer/marketing/api/lists/</remarks>
internal sealed class ListsHandler(AudienceStore store) : IEndpointGroup
{
    public const string HealthStatus = "Everything's Chimpy!";

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.Ping, () => JsonResult.Ok(new JsonObject { ["health_status"] = HealthStatus }))
            .WithContract(ParameterContract.For("GET", RouteNames.Ping, ParameterContract.PartialResponse));
        routes.MapGet(RouteNames.Lists, (HttpContext context) =>
        {
            var json = store.ListAudiences(Paging.From(context.Request.Query));
            json["constraints"] = new JsonObject { ["may_create"] = false, ["max_instances"] = json["total_items"]!.GetValue<int>(), ["current_total_instances"] = json["total_items"]!.GetValue<int>() };
            return JsonResult.Ok(json);
        }).WithContract(ParameterContract.For("GET", RouteNames.Lists, ParameterContract.Collection));
        routes.MapGet(RouteNames.List, (string list_id) => JsonResult.Ok(store.GetAudienceJson(list_id)))
            .WithContract(ParameterContract.For("GET", RouteNames.List, ParameterContract.PartialResponse));
    }
}
