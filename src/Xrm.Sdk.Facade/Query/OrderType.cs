namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Sort direction.</summary>
    public enum OrderType
    {
        /// <summary>Smallest first.</summary>
        Ascending = 0,
        /// <summary>Largest first.</summary>
        Descending = 1,
    }
}
