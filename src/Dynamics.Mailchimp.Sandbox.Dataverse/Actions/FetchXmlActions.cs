using System.Xml.Linq;
using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>
/// For <c>AddMembersByFetchXmlList</c> and <c>RemoveMembersByFetchXmlList</c>: translates the <c>FetchXml</c> parameter with
/// the sandbox's FetchXML translator (the same subset and the same 400/501 answers as <c>?fetchXml=</c>) and passes it to
/// the in-memory service as <c>Query</c>, which evaluates query expressions only.
/// </summary>
internal static class FetchXmlActions
{
    private const string QueryParameter = "Query";

    public static void Translate(SandboxServices services, Microsoft.Xrm.Sdk.OrganizationRequest request)
    {
        if (request.RequestName is not (ListActions.AddMembersByFetchXmlList or ListActions.RemoveMembersByFetchXmlList)
            || !request.Parameters.TryGetValue(ListActions.FetchXml, out var value) || value is not string fetchXml)
        {
            return;
        }

        XElement? fetch;
        try
        {
            fetch = XDocument.Parse(fetchXml).Root;
        }
        catch (System.Xml.XmlException ex)
        {
            throw WebApiException.BadRequest($"The FetchXml parameter value is not well-formed XML: {ex.Message}");
        }

        // Whether a list message honours top or paging is documented nowhere: refused loudly rather than guessed.
        if (new[] { "top", "count", "page", "paging-cookie" }.FirstOrDefault(a => fetch?.Attribute(a) is not null) is { } paging)
        {
            throw WebApiException.NotImplemented($"The '{paging}' attribute in the FetchXml of {request.RequestName}");
        }

        var entity = (string?)fetch?.Element("entity")?.Attribute("name");
        var table = entity is not null && services.Organization.Schema.Tables.TryGetValue(entity, out var found)
            ? found
            : throw WebApiException.BadRequest($"The FetchXml parameter's entity '{entity}' is not a table.");
        request[QueryParameter] = new FetchXmlTranslator(services.Organization.Schema).Translate(fetchXml, table, int.MaxValue);
    }
}
