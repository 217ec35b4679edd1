using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A plug-in: code the platform runs for a registered message and stage.</summary>
    public interface IPlugin
    {
        /// <summary>Runs the plug-in; services come from <paramref name="serviceProvider"/>.</summary>
        void Execute(IServiceProvider serviceProvider);
    }
}
