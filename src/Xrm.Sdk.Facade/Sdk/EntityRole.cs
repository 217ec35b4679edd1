namespace Microsoft.Xrm.Sdk
{
    /// <summary>The side of a self-referencing relationship.</summary>
    public enum EntityRole
    {
        /// <summary>The referencing side.</summary>
        Referencing = 0,
        /// <summary>The referenced side.</summary>
        Referenced = 1,
    }
}
