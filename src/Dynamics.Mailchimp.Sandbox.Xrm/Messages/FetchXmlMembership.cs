using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// The records a FetchXML list message's query returns. The in-memory service does not evaluate FetchXML: the Dataverse
/// sandbox translates the message's <c>FetchXml</c> and passes the <see cref="QueryExpression"/> as <c>Query</c>; a
/// caller of this service that sends FetchXML only is refused loudly.
/// </summary>
internal static class FetchXmlMembership
{
    public const string QueryParameter = "Query";

    public static HashSet<Guid> Matching(InMemoryOrganization organization, OrganizationRequest request, string memberTable)
    {
        if (!request.Parameters.TryGetValue(QueryParameter, out var value) || value is not QueryExpression query)
        {
            throw new NotSupportedByInMemoryServiceException($"{request.RequestName} with FetchXML: the in-memory service evaluates its query only when the Dataverse sandbox passes it translated as '{QueryParameter}'");
        }

        if (query.EntityName != memberTable)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"The FetchXML returns {query.EntityName} records and the list's members are {memberTable} records.");
        }

        var all = new QueryExpression(query.EntityName) { Criteria = query.Criteria, ColumnSet = new ColumnSet(false) };
        all.LinkEntities.AddRange(query.LinkEntities);
        return new QueryEvaluator(organization.Schema, organization.Store, organization.Indexes).Evaluate(all).Entities.Select(e => e.Id).ToHashSet();
    }
}
