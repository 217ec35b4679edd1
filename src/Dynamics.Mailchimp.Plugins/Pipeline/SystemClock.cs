using System;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>The plug-in host's clock: the last resort for ordering, used only when the platform gives no operation time.</summary>
    public static class SystemClock
    {
        /// <summary>The host's current UTC time.</summary>
        public static DateTime UtcNow() => DateTime.UtcNow;
    }
}
