namespace Microsoft.Xrm.Sdk
{
    /// <summary>Formatted (display) values by column logical name.</summary>
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        /// <summary>An empty collection.</summary>
        public FormattedValueCollection()
        {
        }
    }
}
