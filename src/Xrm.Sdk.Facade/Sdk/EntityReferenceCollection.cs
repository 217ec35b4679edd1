using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A list of record references.</summary>
    public sealed class EntityReferenceCollection : DataCollection<EntityReference>
    {
        /// <summary>An empty collection.</summary>
        public EntityReferenceCollection()
        {
        }

        /// <summary>A collection of <paramref name="list"/>.</summary>
        public EntityReferenceCollection(IList<EntityReference> list)
            : base(list)
        {
        }
    }
}
