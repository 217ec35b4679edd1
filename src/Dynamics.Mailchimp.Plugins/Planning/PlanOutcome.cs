using System.Collections.Generic;
using Dynamics.Mailchimp.Plugins.Queue;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>What a planner decided: queue these items, or skip for a reason the trace log shows.</summary>
    public sealed class PlanOutcome
    {
        private static readonly IReadOnlyList<QueueItem> Nothing = new QueueItem[0];

        private PlanOutcome(IReadOnlyList<QueueItem> items, string? skipReason, string? note = null)
        {
            Items = items;
            SkipReason = skipReason;
            Note = note;
        }

        /// <summary>The items to queue; empty when skipped.</summary>
        public IReadOnlyList<QueueItem> Items { get; }

        /// <summary>Why nothing is queued, or null.</summary>
        public string? SkipReason { get; }

        /// <summary>What the trace log should say besides what is queued (e.g. a fallback taken), or null.</summary>
        public string? Note { get; }

        /// <summary>Whether nothing is queued.</summary>
        public bool IsSkip => SkipReason != null;

        /// <summary>Queue <paramref name="items"/>.</summary>
        public static PlanOutcome Enqueue(params QueueItem[] items) => new PlanOutcome(items, null);

        /// <summary>Queue <paramref name="items"/>.</summary>
        public static PlanOutcome Enqueue(IReadOnlyList<QueueItem> items) => new PlanOutcome(items, null);

        /// <summary>The same outcome, with <paramref name="note"/> for the trace log.</summary>
        public PlanOutcome WithNote(string note) => new PlanOutcome(Items, SkipReason, note);

        /// <summary>Queue nothing, because <paramref name="reason"/>.</summary>
        public static PlanOutcome Skip(string reason) => new PlanOutcome(Nothing, reason);
    }
}
