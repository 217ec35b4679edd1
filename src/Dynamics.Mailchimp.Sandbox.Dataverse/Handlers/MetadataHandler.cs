using System.Text;
using System.Xml;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Microsoft.OData.Edm.Csdl;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// <c>GET /$metadata</c>: the CSDL of the sandbox's model — entity types named <c>Microsoft.Dynamics.CRM.&lt;table&gt;</c>
/// with lookups as <c>_x_value</c> properties (no navigation properties), and the bound list actions.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents.
/// </summary>
internal sealed class MetadataHandler(EdmSchemaModel model) : IWebApiHandler
{
    public bool CanHandle(ResourcePath path, string method) => path.Kind == ResourceKind.Metadata && method == "GET";

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            if (!CsdlWriter.TryWriteCsdl(model.Model, writer, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException($"The sandbox's EDM model does not serialize: {string.Join("; ", errors.Select(e => e.ErrorMessage))}");
            }
        }

        return new WebApiResponse(200) { RawBody = ("application/xml", Encoding.UTF8.GetBytes(text.ToString())) };
    }
}
