using System;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>
    /// When the event happened, for ordering queue rows: the platform's <see cref="IExecutionContext.OperationCreatedOn"/>,
    /// set once per operation by the platform and the same for every step and every row it writes; only when the
    /// platform leaves it unset, the injected clock. The order of changes to one record then does not depend on the clocks
    /// of the machines that run the plug-ins.
    /// </summary>
    public static class EventTime
    {
        /// <summary>The event time of <paramref name="context"/>, in UTC.</summary>
        public static DateTime Of(IExecutionContext context, Func<DateTime> utcNow)
        {
            var operation = context.OperationCreatedOn;
            if (operation != default(DateTime))
            {
                return operation.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(operation, DateTimeKind.Utc) : operation.ToUniversalTime();
            }

            return utcNow().ToUniversalTime();
        }
    }
}
