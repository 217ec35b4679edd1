using System;
using System.Collections.Generic;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>Decides what a create, update or delete of a contact, lead or account queues. Pure: no I/O.</summary>
    /// <remarks>An item it returns still needs the record to be in a synced list; the plug-in checks that with one read.</remarks>
    public static class MemberChangePlanner
    {
        /// <summary>A new record: queue it if it has an email (it may match a dynamic list).</summary>
        public static PlanOutcome PlanCreate(MemberProfile profile, Entity target, IReadOnlyList<string> mappedColumns)
        {
            var email = Email(target);
            if (email == null)
            {
                return PlanOutcome.Skip($"{profile.Table} {target.Id} has no email");
            }

            var columns = profile.SyncedColumns(mappedColumns).Where(target.Contains).ToArray();
            return PlanOutcome.Enqueue(QueueItem.MemberChanged(profile.Table, target.Id, email, null, columns));
        }

        /// <summary>A changed record: queue it if a synced column changed and it has, or had, an email.</summary>
        public static PlanOutcome PlanUpdate(MemberProfile profile, Entity target, Entity? preImage, Entity? postImage, IReadOnlyList<string> mappedColumns)
        {
            var changed = profile.SyncedColumns(mappedColumns).Where(target.Contains).ToArray();
            if (changed.Length == 0)
            {
                return PlanOutcome.Skip($"the update of {profile.Table} {target.Id} touches no synced column");
            }

            var before = preImage == null ? null : Email(preImage);
            var after = target.Contains(MemberFields.EmailAddress1) ? Email(target) : postImage == null ? before : Email(postImage);
            if (before == null && after == null)
            {
                return PlanOutcome.Skip($"{profile.Table} {target.Id} has no email");
            }

            var previous = before != null && !string.Equals(before, after, StringComparison.OrdinalIgnoreCase) ? before : null;
            return PlanOutcome.Enqueue(QueueItem.MemberChanged(profile.Table, target.Id, after, previous, changed));
        }

        /// <summary>A deleted record: queue its removal if it had an email or a Mailchimp member.</summary>
        public static PlanOutcome PlanDelete(MemberProfile profile, EntityReference target, Entity? preImage)
        {
            var email = preImage == null ? null : Email(preImage);
            var memberId = preImage?.GetAttributeValue<string>(MemberFields.MailchimpMemberId);
            if (email == null && string.IsNullOrWhiteSpace(memberId))
            {
                return PlanOutcome.Skip($"{profile.Table} {target.Id} had no email and no Mailchimp member");
            }

            return PlanOutcome.Enqueue(QueueItem.MemberDeleted(profile.Table, target.Id, email));
        }

        private static string? Email(Entity entity)
        {
            var value = entity.GetAttributeValue<string>(MemberFields.EmailAddress1);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }
}
