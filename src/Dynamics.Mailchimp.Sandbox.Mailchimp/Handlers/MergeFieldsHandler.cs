using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>GET/POST /lists/{list_id}/merge-fields</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-merges/</remarks>
internal sealed class MergeFieldsHandler(DefinitionStore store) : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(RouteNames.MergeFields, (HttpContext context, string list_id) =>
            JsonResult.Ok(store.ListMergeFields(list_id, Paging.From(context.Request.Query))))
            .WithContract(ParameterContract.For("GET", RouteNames.MergeFields, ParameterContract.Collection));
        routes.MapPost(RouteNames.MergeFields, async (HttpContext context, string list_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            var field = store.AddMergeField(
                list_id,
                JsonBody.RequiredText(body, "name"),
                JsonBody.RequiredText(body, "type"),
                JsonBody.Text(body, "tag"),
                JsonBody.Flag(body, "required"),
                body["public"] is null ? null : JsonBody.Flag(body, "public"),
                JsonBody.Text(body, "default_value"),
                body["options"]?.DeepClone() as JsonObject,
                JsonBody.Text(body, "help_text"));
            return JsonResult.Ok(field);
        }).WithContract(ParameterContract.For("POST", RouteNames.MergeFields, ParameterContract.PartialResponse, ["name", "type", "tag", "required", "public", "default_value", "options", "help_text"]));
    }
}
