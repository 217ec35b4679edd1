using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>An IOrganizationService bound to one caller (and, inside a plug-in, to its parent context and depth).</summary>
internal sealed class OrganizationServiceSession(InMemoryOrganization organization, CallerOptions caller, PluginExecutionContext? parent, int depth) : IOrganizationService
{
    public Guid Create(Entity entity) => (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw (ListMemberRelationships.IsListMember(relationship?.SchemaName)
            ? new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, "Associate is not supported for ListMember")
            : new NotSupportedByInMemoryServiceException($"Associate ({relationship?.SchemaName})"));

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedByInMemoryServiceException($"Disassociate ({relationship?.SchemaName}); for list members use RemoveMemberList");

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return organization.Execute(request, caller, parent, depth);
    }
}
