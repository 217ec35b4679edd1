namespace Microsoft.Xrm.Sdk
{
    /// <summary>Column values by logical name.</summary>
    public sealed class AttributeCollection : DataCollection<string, object>
    {
        /// <summary>An empty collection.</summary>
        public AttributeCollection()
        {
        }
    }
}
