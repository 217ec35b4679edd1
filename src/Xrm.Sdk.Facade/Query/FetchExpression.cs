namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A FetchXML query.</summary>
    public sealed class FetchExpression : QueryBase
    {
        /// <summary>An empty query.</summary>
        public FetchExpression()
        {
        }

        /// <summary>The FetchXML <paramref name="query"/>.</summary>
        public FetchExpression(string query)
        {
            Query = query;
        }

        /// <summary>The FetchXML.</summary>
        public string Query { get; set; }
    }
}
