using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Querying;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>RetrieveMultiple: QueryExpression only; FetchXML and QueryByAttribute are refused loudly.</summary>
internal sealed class RetrieveMultipleExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "RetrieveMultiple";

    public string SdkMessageName => "RetrieveMultiple";

    public bool ReadsOnly => true;

    public EntityReference PrimaryEntity(OrganizationRequest request) =>
        new(RequestParameters.Required<QueryBase>(request, "Query") is QueryExpression q ? q.EntityName : "none", Guid.Empty);

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var query = RequestParameters.Required<QueryBase>(request, "Query") as QueryExpression
            ?? throw new NotSupportedByInMemoryServiceException($"RetrieveMultiple with a {request.Parameters["Query"].GetType().Name}");
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = new QueryEvaluator(organization.Schema, organization.Store, organization.Indexes).Evaluate(query);
        return response;
    }
}
