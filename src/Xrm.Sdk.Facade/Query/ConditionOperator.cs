namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>Condition operators (the subset our code and the in-memory service use; numbers as in the SDK).</summary>
    public enum ConditionOperator
    {
        /// <summary>Equal.</summary>
        Equal = 0,
        /// <summary>Not equal.</summary>
        NotEqual = 1,
        /// <summary>Greater than.</summary>
        GreaterThan = 2,
        /// <summary>Less than.</summary>
        LessThan = 3,
        /// <summary>Greater or equal.</summary>
        GreaterEqual = 4,
        /// <summary>Less or equal.</summary>
        LessEqual = 5,
        /// <summary>SQL LIKE.</summary>
        Like = 6,
        /// <summary>SQL NOT LIKE.</summary>
        NotLike = 7,
        /// <summary>In a set.</summary>
        In = 8,
        /// <summary>Not in a set.</summary>
        NotIn = 9,
        /// <summary>Null.</summary>
        Null = 12,
        /// <summary>Not null.</summary>
        NotNull = 13,
        /// <summary>Begins with.</summary>
        BeginsWith = 54,
        /// <summary>Ends with.</summary>
        EndsWith = 56,
    }
}
