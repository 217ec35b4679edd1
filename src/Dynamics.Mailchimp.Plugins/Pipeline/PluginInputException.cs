using System;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>The platform handed a plug-in input it cannot use; the message names the record.</summary>
    /// <remarks>Converted to <c>InvalidPluginExecutionException</c> at the plug-in boundary.</remarks>
    public sealed class PluginInputException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PluginInputException(string message)
            : base(message)
        {
        }
    }
}
