using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>GET/POST /lists/{list_id}/members/{subscriber_hash}/tags</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-member-tags/</remarks>
internal sealed class MemberTagsHandler(MemberTags store) : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.MemberTags, (HttpContext context, string list_id, string subscriber_hash) =>
            JsonResult.Ok(store.GetMemberTags(list_id, subscriber_hash, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.MemberTags, ParameterContract.Collection));
        routes.MapPost(RouteNames.MemberTags, async (HttpContext context, string list_id, string subscriber_hash) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            var tags = body["tags"] is JsonArray items
                ? items.OfType<JsonObject>().Select(t => (JsonBody.RequiredText(t, "name"), JsonBody.Text(t, "status") != "inactive")).ToList()
                : [];
            store.SetMemberTags(list_id, subscriber_hash, tags);
            return Results.NoContent();
        }).WithContract(ParameterContract.For("POST", RouteNames.MemberTags, [], ["tags", "is_syncing"]));
    }
}
