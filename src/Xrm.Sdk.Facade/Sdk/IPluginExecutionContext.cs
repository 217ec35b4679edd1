namespace Microsoft.Xrm.Sdk
{
    /// <summary>The execution context of a plug-in step.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        /// <summary>The context of the operation that caused this one, or null at the top.</summary>
        IPluginExecutionContext ParentContext { get; }
        /// <summary>10 PreValidation, 20 PreOperation, 30 MainOperation, 40 PostOperation.</summary>
        int Stage { get; }
    }
}
