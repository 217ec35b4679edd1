namespace Microsoft.Xrm.Sdk
{
    /// <summary>Writes to the plug-in trace log.</summary>
    public interface ITracingService
    {
        /// <summary>Writes a composite-format message.</summary>
        void Trace(string format, params object[] args);
    }
}
