using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Microsoft.Crm.Sdk.Messages;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// The marketing-list actions (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions):
/// <list type="bullet">
/// <item><c>POST /lists(&lt;id&gt;)/Microsoft.Dynamics.CRM.AddMemberList</c> with <c>{"EntityId":"&lt;guid&gt;"}</c>: 200 with the listmember <c>id</c>.</item>
/// <item><c>POST /AddListMembersList</c> with <c>{"List":{"listid":…},"Members":[{"contactid":…},…]}</c>: 204.</item>
/// <item><c>POST /lists(&lt;id&gt;)/Microsoft.Dynamics.CRM.RemoveMemberList</c> with <c>{"EntityId":"&lt;guid&gt;"}</c> or
/// <c>{"ListMember":{"listmemberid":"&lt;member guid&gt;"}}</c> (the shape public clients send): 204.</item>
/// </list>
/// </summary>
internal sealed class ActionHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) =>
        method == "POST" && path.Kind is ResourceKind.BoundAction or ResourceKind.UnboundAction;

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var body = ActionParameters.Parse(request.Body);
        var service = services.Organization.CreateService(CallerOptionsFactory.For(request));
        switch (path.Action)
        {
            case WebApiNames.AddMemberList:
                var added = (AddMemberListResponse)service.Execute(new AddMemberListRequest { ListId = path.RequiredId, EntityId = ActionParameters.Guid(body, "EntityId") });
                return new WebApiResponse(200, new JsonObject
                {
                    [WebApiNames.ODataContext] = $"{services.Writer.ServiceRoot}{WebApiNames.Metadata}#{WebApiNames.Namespace}.AddMemberListResponse",
                    ["id"] = added.Id.ToString("D"),
                });
            case WebApiNames.RemoveMemberList:
                service.Execute(new RemoveMemberListRequest { ListId = path.RequiredId, EntityId = RemovedMember(body) });
                return WebApiResponse.NoContent();
            case WebApiNames.AddListMembersList:
                var list = ActionParameters.Record(services.Organization.Schema, body, "List");
                var members = ActionParameters.Records(services.Organization.Schema, body, "Members");
                service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = members });
                return WebApiResponse.NoContent();
            default:
                throw WebApiException.NotFoundSegment(path.Action ?? string.Empty);
        }
    }

    private static Guid RemovedMember(JsonObject body) =>
        body.ContainsKey("EntityId") ? ActionParameters.Guid(body, "EntityId")
        : body["ListMember"] is JsonObject member ? ActionParameters.Guid(member, "listmemberid")
        : throw WebApiException.BadRequest("RemoveMemberList needs 'EntityId' (the member's id) or 'ListMember': {\"listmemberid\": …}.");
}
