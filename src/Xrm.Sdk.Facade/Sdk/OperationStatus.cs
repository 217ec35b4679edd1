namespace Microsoft.Xrm.Sdk
{
    /// <summary>The outcome a plug-in reports.</summary>
    public enum OperationStatus
    {
        /// <summary>Failed.</summary>
        Failed = 0,
        /// <summary>Canceled.</summary>
        Canceled = 1,
        /// <summary>Retry (asynchronous steps).</summary>
        Retry = 2,
        /// <summary>Suspended.</summary>
        Suspended = 3,
        /// <summary>Succeeded.</summary>
        Succeeded = 4,
    }
}
