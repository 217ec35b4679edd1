namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>The base of every query type.</summary>
    public abstract class QueryBase
    {
        /// <summary>For derived query types.</summary>
        protected QueryBase()
        {
        }
    }
}
