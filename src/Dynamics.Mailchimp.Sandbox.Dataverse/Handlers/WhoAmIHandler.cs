using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Microsoft.Crm.Sdk.Messages;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /WhoAmI</c>: the caller's user, business unit and organization ids.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami.
/// </summary>
internal sealed class WhoAmIHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) => path.Kind == ResourceKind.WhoAmI && method == "GET";

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var response = (WhoAmIResponse)services.Organization.CreateService(services.Callers.ReadOnly(request)).Execute(new WhoAmIRequest());
        return new WebApiResponse(200, new JsonObject
        {
            [WebApiNames.ODataContext] = $"{services.Writer.ServiceRoot}{WebApiNames.Metadata}#{WebApiNames.Namespace}.WhoAmIResponse",
            ["BusinessUnitId"] = response.BusinessUnitId.ToString("D"),
            ["UserId"] = response.UserId.ToString("D"),
            ["OrganizationId"] = response.OrganizationId.ToString("D"),
        });
    }
}
