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

        // Every matching record, page by page (a query is served 5,000 rows a page).
        var evaluator = new QueryEvaluator(organization.Schema, organization.Store, organization.Indexes);
        var ids = new HashSet<Guid>();
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        for (var more = true; more; query.PageInfo.PageNumber++)
        {
            var page = evaluator.Evaluate(query);
            ids.UnionWith(page.Entities.Select(e => e.Id));
            more = page.MoreRecords;
        }

        return ids;
    }
}
