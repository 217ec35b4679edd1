using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Entity images by alias.</summary>
    public class EntityImageCollection : DataCollection<string, Entity>
    {
        /// <summary>An empty collection.</summary>
        public EntityImageCollection()
        {
        }

        /// <summary>A collection over <paramref name="collection"/>.</summary>
        protected internal EntityImageCollection(IDictionary<string, Entity> collection)
            : base(collection)
        {
        }
    }
}
