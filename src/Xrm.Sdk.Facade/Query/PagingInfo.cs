namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Which page of a query to return.</summary>
    public sealed class PagingInfo
    {
        /// <summary>Rows per page; 0 for the service default.</summary>
        public int Count { get; set; }

        /// <summary>1-based page number.</summary>
        public int PageNumber { get; set; }

        /// <summary>The cookie from the previous page.</summary>
        public string PagingCookie { get; set; }

        /// <summary>Whether to return the total count.</summary>
        public bool ReturnTotalRecordCount { get; set; }
    }
}
