namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Join types (the subset we use; numbers as in the SDK).</summary>
    public enum JoinOperator
    {
        /// <summary>Inner join.</summary>
        Inner = 0,
        /// <summary>Left outer join.</summary>
        LeftOuter = 1,
        /// <summary>Natural join.</summary>
        Natural = 2,
    }
}
