namespace Microsoft.Xrm.Sdk
{
    /// <summary>Alternate-key values by column logical name.</summary>
    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        /// <summary>An empty collection.</summary>
        public KeyAttributeCollection()
        {
        }
    }
}
