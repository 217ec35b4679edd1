namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>How a filter joins its parts.</summary>
    public enum LogicalOperator
    {
        /// <summary>All must hold.</summary>
        And = 0,
        /// <summary>Any may hold.</summary>
        Or = 1,
    }
}
