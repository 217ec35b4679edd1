using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A page of records returned by a query.</summary>
    public sealed class EntityCollection
    {
        /// <summary>An empty collection.</summary>
        public EntityCollection()
        {
            Entities = new DataCollection<Entity>();
        }

        /// <summary>A collection of <paramref name="list"/>.</summary>
        public EntityCollection(IList<Entity> list)
        {
            Entities = new DataCollection<Entity>(list);
        }

        /// <summary>The records.</summary>
        public DataCollection<Entity> Entities { get; set; }

        /// <summary>The table's logical name.</summary>
        public string EntityName { get; set; }

        /// <summary>Whether more pages follow.</summary>
        public bool MoreRecords { get; set; }

        /// <summary>The cookie to pass for the next page.</summary>
        public string PagingCookie { get; set; }

        /// <summary>Total matching records, when asked for.</summary>
        public int TotalRecordCount { get; set; }

        /// <summary>The record at <paramref name="index"/>.</summary>
        public Entity this[int index]
        {
            get => Entities[index];
            set => Entities[index] = value;
        }
    }
}
