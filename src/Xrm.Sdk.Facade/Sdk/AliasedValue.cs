namespace Microsoft.Xrm.Sdk
{
    /// <summary>A value read through a linked table in a query.</summary>
    public sealed class AliasedValue
    {
        /// <summary>An empty value.</summary>
        public AliasedValue()
        {
        }

        /// <summary>A value of <paramref name="attributeLogicalName"/> on <paramref name="entityLogicalName"/>.</summary>
        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        /// <summary>The column's logical name.</summary>
        public string AttributeLogicalName { get; }

        /// <summary>The linked table's logical name.</summary>
        public string EntityLogicalName { get; }

        /// <summary>The value.</summary>
        public object Value { get; }
    }
}
