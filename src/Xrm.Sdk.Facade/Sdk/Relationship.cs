using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A relationship by schema name.</summary>
    public sealed class Relationship
    {
        /// <summary>A relationship with no name.</summary>
        public Relationship()
        {
        }

        /// <summary>The relationship <paramref name="schemaName"/>.</summary>
        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        /// <summary>Which side the primary record is on, for self-referencing relationships.</summary>
        public EntityRole? PrimaryEntityRole { get; set; }

        /// <summary>The relationship's schema name.</summary>
        public string SchemaName { get; set; }

        /// <summary>Same schema name and role.</summary>
        public override bool Equals(object obj) =>
            obj is Relationship other
            && string.Equals(other.SchemaName, SchemaName, StringComparison.Ordinal)
            && other.PrimaryEntityRole == PrimaryEntityRole;

        /// <summary>A hash of the schema name.</summary>
        public override int GetHashCode() => SchemaName == null ? 0 : SchemaName.GetHashCode();

        /// <summary>The schema name.</summary>
        public override string ToString() => SchemaName;
    }
}
