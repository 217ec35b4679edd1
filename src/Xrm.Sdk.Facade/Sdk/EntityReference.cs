using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Points at a record by table and id.</summary>
    public sealed class EntityReference
    {
        /// <summary>An empty reference.</summary>
        public EntityReference()
        {
        }

        /// <summary>A reference to table <paramref name="logicalName"/>.</summary>
        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        /// <summary>A reference to record <paramref name="id"/> of table <paramref name="logicalName"/>.</summary>
        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        /// <summary>The record id.</summary>
        public Guid Id { get; set; }

        /// <summary>The table's logical name.</summary>
        public string LogicalName { get; set; }

        /// <summary>The record's primary name, when known.</summary>
        public string Name { get; set; }

        /// <summary>The row version the caller expects (optimistic concurrency on Delete).</summary>
        public string RowVersion { get; set; }

        /// <summary>Same table (ignoring case) and id.</summary>
        public override bool Equals(object obj) =>
            obj is EntityReference other
            && other.Id == Id
            && string.Equals(other.LogicalName, LogicalName, StringComparison.OrdinalIgnoreCase);

        /// <summary>A hash of the id.</summary>
        public override int GetHashCode() => Id.GetHashCode();
    }
}
