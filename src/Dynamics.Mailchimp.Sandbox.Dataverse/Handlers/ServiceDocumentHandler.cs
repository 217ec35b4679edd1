using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /api/data/v9.2/</c>: the service document listing every entity set.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents.
/// </summary>
internal sealed class ServiceDocumentHandler(SandboxServices services) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) => path.Kind == ResourceKind.ServiceDocument && method == "GET";

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var sets = new JsonArray();
        foreach (var table in services.Organization.Schema.Tables.Values.Where(t => t.EntitySetName is not null).OrderBy(t => t.EntitySetName, StringComparer.Ordinal))
        {
            sets.Add(new JsonObject { ["name"] = table.EntitySetName, ["kind"] = "EntitySet", ["url"] = table.EntitySetName });
        }

        return new WebApiResponse(200, new JsonObject
        {
            [WebApiNames.ODataContext] = $"{services.Writer.ServiceRoot}{WebApiNames.Metadata}",
            ["value"] = sets,
        });
    }
}
