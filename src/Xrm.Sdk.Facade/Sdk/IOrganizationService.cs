using System;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Data and message operations against the organization.</summary>
    public interface IOrganizationService
    {
        /// <summary>Links records through a relationship.</summary>
        void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);
        /// <summary>Creates a record and returns its id.</summary>
        Guid Create(Entity entity);
        /// <summary>Deletes a record.</summary>
        void Delete(string entityName, Guid id);
        /// <summary>Removes links between records.</summary>
        void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);
        /// <summary>Runs a message.</summary>
        OrganizationResponse Execute(OrganizationRequest request);
        /// <summary>Reads one record.</summary>
        Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);
        /// <summary>Reads records that match a query.</summary>
        EntityCollection RetrieveMultiple(QueryBase query);
        /// <summary>Updates a record.</summary>
        void Update(Entity entity);
    }
}
