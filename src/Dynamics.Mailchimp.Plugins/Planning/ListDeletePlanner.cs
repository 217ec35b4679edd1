using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>
    /// Decides what the delete of a marketing list queues. Pure: the pre-image and the members the plug-in read. The rows
    /// carry the list's mapping and its former members, because the job runs after both are gone.
    /// </summary>
    public static class ListDeletePlanner
    {
        /// <summary>
        /// The most members the plug-in reads inside the user's delete: ten pages of 5,000, a few seconds at most. A larger
        /// list's members are not captured and the job removes nobody for it, saying why (docs/sync-engine.md).
        /// </summary>
        public const int MaxCapturedMembers = 50000;

        /// <summary>The columns the step's pre-image must carry.</summary>
        public static readonly IReadOnlyList<string> PreImageColumns = Array.AsReadOnly(new[]
        {
            ListFields.ListName, ListFields.Type, ListFields.CreatedFromCode, ListFields.MemberCount, ListFields.SyncEnabled,
            ListFields.MappingType, ListFields.AudienceId, ListFields.TagName, ListFields.InterestId, ListFields.UpdateOnly,
        });

        /// <summary>Why the plug-in should not read the members of the list in <paramref name="preImage"/>; null to read them.</summary>
        public static string? WhyNotRead(Entity preImage)
        {
            if (preImage.GetAttributeValue<bool>(ListFields.Type))
            {
                return "it is a dynamic list: its members are a query, not rows the plug-in can read";
            }

            if (MemberTable(preImage) == null)
            {
                return "its member type (createdfromcode) is missing or not " + MemberProfile.Describe();
            }

            var count = MemberCount(preImage);
            return count > MaxCapturedMembers
                ? string.Format(CultureInfo.InvariantCulture, "it has {0} members, more than the {1} the plug-in reads inside a delete", count, MaxCapturedMembers)
                : null;
        }

        /// <summary>
        /// The delete of <paramref name="target"/>: one row per chunk of former members (at least one), each with the
        /// mapping. <paramref name="readMembers"/> (the plug-in's read) is called only for a synced list it may read.
        /// </summary>
        public static PlanOutcome PlanDelete(EntityReference target, Entity? preImage, Func<FormerMembers> readMembers)
        {
            if (preImage == null || !preImage.GetAttributeValue<bool>(ListFields.SyncEnabled))
            {
                return PlanOutcome.Skip($"list {target.Id} was not synced with Mailchimp");
            }

            var whyNot = WhyNotRead(preImage);
            var members = whyNot == null ? readMembers() : FormerMembers.NotCaptured(whyNot);
            var payload = new DeletedListPayload(
                preImage.GetAttributeValue<string>(ListFields.ListName),
                preImage.GetAttributeValue<OptionSetValue>(ListFields.MappingType)?.Value,
                preImage.GetAttributeValue<string>(ListFields.AudienceId),
                preImage.GetAttributeValue<string>(ListFields.TagName),
                preImage.GetAttributeValue<string>(ListFields.InterestId),
                preImage.GetAttributeValue<bool>(ListFields.UpdateOnly),
                MemberCount(preImage),
                members.NotCapturedReason);
            var table = MemberTable(preImage) ?? TableNames.List;
            var chunks = MemberIdChunker.Chunk(members.Ids);
            var items = chunks.Count == 0
                ? new[] { QueueItem.ListDeleted(target.Id, table, payload, members.Ids) }
                : chunks.Select(chunk => QueueItem.ListDeleted(target.Id, table, payload, chunk)).ToArray();
            var outcome = PlanOutcome.Enqueue(items);
            return members.NotCapturedReason == null
                ? outcome
                : outcome.WithNote($"the members of list {target.Id} were not captured ({members.NotCapturedReason}); the job will remove nobody for it");
        }

        private static string? MemberTable(Entity preImage)
        {
            var code = preImage.GetAttributeValue<OptionSetValue>(ListFields.CreatedFromCode);
            return code == null ? null : MemberProfile.ForListMemberType(code.Value)?.Table;
        }

        private static int? MemberCount(Entity preImage) =>
            preImage.Contains(ListFields.MemberCount) ? preImage.GetAttributeValue<int?>(ListFields.MemberCount) : null;
    }
}
