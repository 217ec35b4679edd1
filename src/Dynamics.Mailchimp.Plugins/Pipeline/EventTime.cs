using System;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>
    /// When the event happened, for ordering queue rows: the platform's <see cref="IExecutionContext.OperationCreatedOn"/>
    /// when it is set, else the injected clock.
    /// </summary>
    /// <remarks>
    /// Microsoft documents <c>OperationCreatedOn</c> only as "the date and time that the related System Job was created",
    /// the same value as the <c>createdon</c> of the related <c>asyncoperation</c> row, used by the Azure integration
    /// feature (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext and
    /// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.remoteexecutioncontext.operationcreatedon; the same text in
    /// the CRM 2015/2016 SDK reference, gg326848 and gg327062). A synchronous step runs without a system job, and nothing
    /// documents that the property is set for it, so the connector's synchronous steps must expect it unset
    /// (<c>default(DateTime)</c>). Then this returns the injected clock: in production the <c>DateTime.UtcNow</c> of the
    /// sandbox worker that runs the step. Two changes to one record handled by different workers are then ordered by
    /// those workers' clocks, which can be skewed; the queue's sequence is then a best-effort order, not a guarantee
    /// (see docs/architecture.md, "Ordering"). When the platform does set it, every step of one operation gets the same
    /// time, independent of any worker's clock.
    /// </remarks>
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
