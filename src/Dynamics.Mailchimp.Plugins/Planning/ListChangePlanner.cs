using System.Collections.Generic;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>Decides what an update of a marketing list queues (a delete: <see cref="ListDeletePlanner"/>). Pure: no I/O, no reads (images only).</summary>
    public static class ListChangePlanner
    {
        /// <summary>List columns whose change matters to the sync.</summary>
        public static readonly IReadOnlyList<string> SyncColumns = System.Array.AsReadOnly(new[]
        {
            ListFields.SyncEnabled, ListFields.MappingType, ListFields.AudienceId, ListFields.TagName,
            ListFields.InterestId, ListFields.UpdateOnly, ListFields.StateCode, ListFields.Query,
        });

        /// <summary>A list update: queue it if the list was or is synced and a sync column changed.</summary>
        public static PlanOutcome PlanUpdate(Entity target, Entity? preImage, Entity? postImage)
        {
            var changed = SyncColumns.Where(target.Contains).ToArray();
            if (changed.Length == 0)
            {
                return PlanOutcome.Skip($"the update of list {target.Id} touches no sync setting");
            }

            if (!ListSyncRules.IsSynced(preImage) && !ListSyncRules.IsSynced(postImage) && !ListSyncRules.IsSynced(target))
            {
                return PlanOutcome.Skip($"list {target.Id} is not synced with Mailchimp, before or after");
            }

            return PlanOutcome.Enqueue(QueueItem.ListChanged(target.Id, changed));
        }
    }
}
