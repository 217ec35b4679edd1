using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary><c>POST /lists/{list_id}</c>: batch subscribe or unsubscribe up to 500 members.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</remarks>
internal sealed class BatchSubscribeHandler(BatchSubscriber store) : IEndpointGroup
{
    private const string SkipDuplicateCheckName = "skip_duplicate_check";

    private static readonly ParameterContract Contract = ParameterContract
        .For("POST", RouteNames.List, [.. ParameterContract.PartialResponse, MembersHandler.SkipMergeValidationName, SkipDuplicateCheckName], ["members", "update_existing", "sync_tags"])
        .WithItems("members", [.. MemberWrite.CommonFields, "status_if_new", "tags"]);

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost(RouteNames.List, async (HttpContext context, string list_id) =>
        {
            var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
            var members = body["members"] is JsonArray items
                ? items.OfType<JsonObject>().Select(m => MemberWrite.From(m, MembersHandler.SkipMergeValidation(context.Request.Query))).ToList()
                : [];
            var skipDuplicateCheck = string.Equals(context.Request.Query[SkipDuplicateCheckName].ToString(), "true", StringComparison.OrdinalIgnoreCase);
            var result = store.BatchSubscribe(list_id, members, JsonBody.Flag(body, "update_existing"), JsonBody.Flag(body, "sync_tags"), skipDuplicateCheck, FieldTree.Parse(context.Request.Query["fields"].ToString()));
            return JsonResult.Ok(result);
        }).WithContract(Contract);
}
