using System;
using System.Collections.Generic;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>Decides what the list membership messages queue, given the list. Pure: no I/O.</summary>
    public static class ListMembershipPlanner
    {
        /// <summary>Columns of the list the planner reads (the plug-in's one read).</summary>
        public static readonly IReadOnlyList<string> ListColumns = Array.AsReadOnly(new[] { ListFields.SyncEnabled, ListFields.StateCode, ListFields.CreatedFromCode });

        /// <summary>The plug-in's one read: the list's sync settings, state and member type.</summary>
        public static Entity ReadList(PluginRun run, Guid listId) =>
            run.Service.Retrieve(TableNames.List, listId, new ColumnSet(ListColumns.ToArray()));

        /// <summary>One member added.</summary>
        public static PlanOutcome PlanAdd(Guid listId, Guid memberId, Entity list) =>
            Plan(listId, list, table => new[] { QueueItem.ListMemberAdded(listId, table, memberId) });

        /// <summary>One member removed.</summary>
        public static PlanOutcome PlanRemove(Guid listId, Guid memberId, Entity list) =>
            Plan(listId, list, table => new[] { QueueItem.ListMemberRemoved(listId, table, memberId) });

        /// <summary>Members added in bulk: as few rows as the member-id column allows.</summary>
        public static PlanOutcome PlanAddMany(Guid listId, IReadOnlyList<Guid> memberIds, Entity list)
        {
            if (memberIds.Count == 0)
            {
                return PlanOutcome.Skip($"AddListMembers on list {listId} carries no members");
            }

            return Plan(listId, list, table => MemberIdChunker.Chunk(memberIds).Select(chunk => QueueItem.ListMembersAdded(listId, table, chunk)).ToArray());
        }

        /// <summary>Members removed in bulk (RemoveListMembers): as few rows as the member-id column allows.</summary>
        public static PlanOutcome PlanRemoveMany(Guid listId, IReadOnlyList<Guid> memberIds, Entity list)
        {
            if (memberIds.Count == 0)
            {
                return PlanOutcome.Skip($"RemoveListMembers on list {listId} carries no members");
            }

            return Plan(listId, list, table => MemberIdChunker.Chunk(memberIds).Select(chunk => QueueItem.ListMembersRemoved(listId, table, chunk)).ToArray());
        }

        /// <summary>Members changed by a message that does not name them (AddMembersBatch): the job reads the list again.</summary>
        public static PlanOutcome PlanMembersChanged(Guid listId, Entity list) =>
            Plan(listId, list, table => new[] { QueueItem.ListMembersChanged(listId, table) });

        private static PlanOutcome Plan(Guid listId, Entity list, Func<string, IReadOnlyList<QueueItem>> items)
        {
            if (!ListSyncRules.IsSynced(list))
            {
                return PlanOutcome.Skip($"list {listId} is not synced with Mailchimp");
            }

            var memberType = list.GetAttributeValue<OptionSetValue>(ListFields.CreatedFromCode)?.Value;
            var profile = MemberProfile.ForListMemberType(memberType ?? 0)
                ?? throw new PluginInputException($"List {listId} has member type '{memberType}', which is not account (1), contact (2) or lead (4).");
            return PlanOutcome.Enqueue(items(profile.Table));
        }
    }
}
