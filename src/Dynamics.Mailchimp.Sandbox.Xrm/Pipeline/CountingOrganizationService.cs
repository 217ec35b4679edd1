using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>Counts the reads and writes a plug-in makes through its organization service.</summary>
internal sealed class CountingOrganizationService(IOrganizationService inner, PluginExecutionRecord record) : IOrganizationService
{
    private static readonly HashSet<string> ReadMessages = new(StringComparer.Ordinal) { "Retrieve", "RetrieveMultiple", "WhoAmI" };

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        record.Writes++;
        inner.Associate(entityName, entityId, relationship, relatedEntities);
    }

    public Guid Create(Entity entity)
    {
        record.Writes++;
        return inner.Create(entity);
    }

    public void Delete(string entityName, Guid id)
    {
        record.Writes++;
        inner.Delete(entityName, id);
    }

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)
    {
        record.Writes++;
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (ReadMessages.Contains(request.RequestName))
        {
            record.Reads++;
        }
        else
        {
            record.Writes++;
        }

        return inner.Execute(request);
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
    {
        record.Reads++;
        return inner.Retrieve(entityName, id, columnSet);
    }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        record.Reads++;
        return inner.RetrieveMultiple(query);
    }

    public void Update(Entity entity)
    {
        record.Writes++;
        inner.Update(entity);
    }
}
