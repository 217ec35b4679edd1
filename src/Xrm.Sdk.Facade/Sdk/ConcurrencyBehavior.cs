namespace Microsoft.Xrm.Sdk
{
    /// <summary>Optimistic concurrency for Update and Delete.</summary>
    public enum ConcurrencyBehavior
    {
        /// <summary>The message's default.</summary>
        Default = 0,
        /// <summary>Only when <see cref="Entity.RowVersion"/> matches the stored version.</summary>
        IfRowVersionMatches = 1,
        /// <summary>Regardless of version.</summary>
        AlwaysOverwrite = 2,
    }
}
