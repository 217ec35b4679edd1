namespace Microsoft.Xrm.Sdk
{
    /// <summary>Change state of an entity in a related-entity graph.</summary>
    public enum EntityState
    {
        /// <summary>Unchanged.</summary>
        Unchanged = 0,
        /// <summary>Created.</summary>
        Created = 1,
        /// <summary>Changed.</summary>
        Changed = 2,
    }
}
