using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>WhoAmI: the caller, its business unit and the organization.</summary>
internal sealed class WhoAmIExecutor(InMemoryOrganization organization) : IMessageExecutor
{
    public string RequestName => "WhoAmI";

    public string SdkMessageName => "WhoAmI";

    public bool ReadsOnly => true;

    public EntityReference PrimaryEntity(OrganizationRequest request) => new("none", Guid.Empty);

    public OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller)
    {
        var response = new WhoAmIResponse();
        response.Results["UserId"] = caller.UserId;
        response.Results["BusinessUnitId"] = organization.BusinessUnitId;
        response.Results["OrganizationId"] = organization.OrganizationId;
        return response;
    }
}
