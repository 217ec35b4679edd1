using System;

namespace Dynamics.Mailchimp.Plugins.Queue
{
    /// <summary>
    /// The queue's total order: microseconds since 2020-01-01 UTC times 1,000, plus the row's index within its event.
    /// </summary>
    /// <remarks>
    /// The time is the event's (see <c>EventTime</c>): the platform's <c>OperationCreatedOn</c> when it is set, else the
    /// clock of the machine that runs the plug-in, which for synchronous steps is the likely case, so the order across
    /// machines is best-effort. Ties between unrelated records do not matter for coalescing. Room for 292 years and 1,000
    /// rows per event.
    /// </remarks>
    public static class QueueSequence
    {
        /// <summary>Rows one event can number before the next microsecond's range.</summary>
        public const int RowsPerEvent = 1000;

        private static readonly DateTime Epoch = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The sequence of row <paramref name="index"/> of an event at <paramref name="utcNow"/>.</summary>
        public static long For(DateTime utcNow, int index)
        {
            if (index < 0 || index >= RowsPerEvent)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"An event numbers at most {RowsPerEvent} rows.");
            }

            var microseconds = (utcNow.ToUniversalTime() - Epoch).Ticks / 10;
            return (microseconds * RowsPerEvent) + index;
        }
    }
}
