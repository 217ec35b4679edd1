using System.Collections.Generic;
using Dynamics.Mailchimp.Plugins.Queue;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>What a planner decided: queue these items, or skip for a reason the trace log shows.</summary>
    public sealed class PlanOutcome
    {
        private static readonly IReadOnlyList<QueueItem> Nothing = new QueueItem[0];

        private PlanOutcome(IReadOnlyList<QueueItem> items, string? skipReason)
        {
            Items = items;
            SkipReason = skipReason;
        }

        /// <summary>The items to queue; empty when skipped.</summary>
        public IReadOnlyList<QueueItem> Items { get; }

        /// <summary>Why nothing is queued, or null.</summary>
        public string? SkipReason { get; }

        /// <summary>Whether nothing is queued.</summary>
        public bool IsSkip => SkipReason != null;

        /// <summary>Queue <paramref name="items"/>.</summary>
        public static PlanOutcome Enqueue(params QueueItem[] items) => new PlanOutcome(items, null);

        /// <summary>Queue <paramref name="items"/>.</summary>
        public static PlanOutcome Enqueue(IReadOnlyList<QueueItem> items) => new PlanOutcome(items, null);

        /// <summary>Queue nothing, because <paramref name="reason"/>.</summary>
        public static PlanOutcome Skip(string reason) => new PlanOutcome(Nothing, reason);
    }
}
