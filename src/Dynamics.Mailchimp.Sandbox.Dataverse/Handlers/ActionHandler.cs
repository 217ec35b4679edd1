using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// The marketing-list actions of <see cref="ListActions"/> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions):
/// the body becomes the organization request of the action, run as the caller. AddMemberList answers 200
/// <c>{"Id": listmemberid}</c>, CopyDynamicListToStatic the new list, the others 204. A message the organization does not
/// implement answers 501 naming the action.
/// </summary>
internal sealed class ActionHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) =>
        method == "POST" && path.Kind is ResourceKind.BoundAction or ResourceKind.UnboundAction;

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var action = ListActions.Served.GetValueOrDefault(path.Action ?? string.Empty) ?? throw WebApiException.NotFoundSegment(path.Action ?? string.Empty);
        var organizationRequest = new ActionRequestBuilder(services.Organization.Schema).Build(action, path.Id, request.Body);
        FetchXmlActions.Translate(services, organizationRequest);
        var service = services.Organization.CreateService(services.Callers.For(request));
        services.ActionRules.Require(request.Caller, action, organizationRequest);
        OrganizationResponse response;
        try
        {
            response = service.Execute(organizationRequest);
        }
        catch (NotSupportedByInMemoryServiceException ex)
        {
            throw WebApiException.NotImplemented($"The action '{action.Name}' ({ex.Message.TrimEnd('.')})");
        }

        return action.Returns switch
        {
            ActionReturnKind.AddMemberListResponse => new WebApiResponse(200, new JsonObject
            {
                [WebApiNames.ODataContext] = $"{services.Writer.ServiceRoot}{WebApiNames.Metadata}#{WebApiNames.Namespace}.{action.Name}Response",
                [ListActionResults.Id] = ((Guid)response.Results[ListActionResults.Id]).ToString("D"),
            }),
            ActionReturnKind.List => StaticList(service, (Guid)response.Results[ListActionResults.StaticListId]),
            _ => WebApiResponse.NoContent(),
        };
    }

    private WebApiResponse StaticList(IOrganizationService service, Guid listId)
    {
        var table = services.Organization.Schema.Tables[TableNames.List];
        var row = service.Retrieve(TableNames.List, listId, new ColumnSet(true));
        return new WebApiResponse(200, services.Writer.Single(table, row, null));
    }
}
