using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>Interest categories and their interests.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/interest-categories/ and https://mailchimp.com/developer/marketing/api/interests/</remarks>
internal sealed class InterestsHandler(DefinitionStore store, MemberStore members) : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.InterestCategories, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.ListCategories(list_id, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.InterestCategories, ParameterContract.Collection));
        routes.MapPost(RouteNames.InterestCategories, async (HttpContext context, string list_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            return JsonResult.Ok(store.AddCategory(list_id, JsonBody.RequiredText(body, "title"), JsonBody.RequiredText(body, "type")));
        }).WithContract(ParameterContract.For("POST", RouteNames.InterestCategories, ParameterContract.PartialResponse, ["title", "type"]));
        routes.MapGet(RouteNames.Interests, (HttpContext context, string list_id, string interest_category_id) =>
            JsonResult.Ok(store.ListInterests(list_id, interest_category_id, Paging.From(context.Request.Query), id => members.InterestSubscriberCount(list_id, id))))
            .WithContract(ParameterContract.For("GET", RouteNames.Interests, ParameterContract.Collection));
        routes.MapPost(RouteNames.Interests, async (HttpContext context, string list_id, string interest_category_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            return JsonResult.Ok(store.AddInterest(list_id, interest_category_id, JsonBody.RequiredText(body, "name")));
        }).WithContract(ParameterContract.For("POST", RouteNames.Interests, ParameterContract.PartialResponse, ["name"]));
    }
}
