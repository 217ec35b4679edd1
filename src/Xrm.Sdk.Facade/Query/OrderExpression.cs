namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A sort on one column.</summary>
    public sealed class OrderExpression
    {
        /// <summary>An empty sort.</summary>
        public OrderExpression()
        {
        }

        /// <summary>A sort on <paramref name="attributeName"/>.</summary>
        public OrderExpression(string attributeName, OrderType orderType)
        {
            AttributeName = attributeName;
            OrderType = orderType;
        }

        /// <summary>The column's logical name.</summary>
        public string AttributeName { get; set; }

        /// <summary>Ascending or descending.</summary>
        public OrderType OrderType { get; set; }
    }
}
