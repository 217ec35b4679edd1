using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A record: its table, id and the column values it carries.</summary>
    public class Entity
    {
        /// <summary>An entity with no table or id.</summary>
        public Entity()
            : this(null, Guid.Empty)
        {
        }

        /// <summary>An entity of table <paramref name="entityName"/>.</summary>
        public Entity(string entityName)
            : this(entityName, Guid.Empty)
        {
        }

        /// <summary>An entity of table <paramref name="entityName"/> with id <paramref name="id"/>.</summary>
        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            Id = id;
            Attributes = new AttributeCollection();
            FormattedValues = new FormattedValueCollection();
            KeyAttributes = new KeyAttributeCollection();
        }

        /// <summary>Column values by logical name.</summary>
        public AttributeCollection Attributes { get; set; }

        /// <summary>Change state, when the entity travels in a related-entity graph.</summary>
        public EntityState? EntityState { get; set; }

        /// <summary>Display values by logical name.</summary>
        public FormattedValueCollection FormattedValues { get; set; }

        /// <summary>The primary key.</summary>
        public virtual Guid Id { get; set; }

        /// <summary>Alternate-key values.</summary>
        public KeyAttributeCollection KeyAttributes { get; set; }

        /// <summary>The table's logical name.</summary>
        public string LogicalName { get; set; }

        /// <summary>The row version (the number inside the Web API ETag).</summary>
        public string RowVersion { get; set; }

        /// <summary>Gets (throws when missing) or sets a column value.</summary>
        public object this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        /// <summary>Whether the entity carries the column.</summary>
        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>The column value as <typeparamref name="T"/>, or default when missing or null.</summary>
        public virtual T GetAttributeValue<T>(string attributeLogicalName)
        {
            if (Attributes.TryGetValue(attributeLogicalName, out object value) && value != null)
            {
                return (T)value;
            }

            return default(T);
        }

        /// <summary>A reference to this record.</summary>
        public EntityReference ToEntityReference() => new EntityReference(LogicalName, Id);

        /// <summary>Reads a column value of type <typeparamref name="T"/> without throwing.</summary>
        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            if (Attributes.TryGetValue(attributeKey, out object value) && value is T typed)
            {
                result = typed;
                return true;
            }

            result = default(T);
            return false;
        }
    }
}
