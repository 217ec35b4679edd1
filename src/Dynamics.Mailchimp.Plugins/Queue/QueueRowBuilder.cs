using System;
using System.Globalization;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Queue
{
    /// <summary>Turns a <see cref="QueueItem"/> into the <c>dmc_syncqueueitem</c> row to create. Pure.</summary>
    public static class QueueRowBuilder
    {
        private const int NameMaxLength = 200;

        /// <summary>The pending row for <paramref name="item"/>, row <paramref name="index"/> of <paramref name="pluginEvent"/>.</summary>
        public static Entity Build(QueueItem item, PluginEvent pluginEvent, int index)
        {
            var row = new Entity(TableNames.QueueItem);
            row[QueueItemFields.Name] = Truncate(Describe(item), NameMaxLength);
            row[QueueItemFields.Kind] = new OptionSetValue(item.Kind);
            row[QueueItemFields.State] = new OptionSetValue(QueueItemStates.Pending);
            row[QueueItemFields.TargetTable] = item.TargetTable;
            row[QueueItemFields.Attempts] = 0;
            row[QueueItemFields.Sequence] = QueueSequence.For(pluginEvent.UtcNow, index);
            row[QueueItemFields.CorrelationId] = pluginEvent.CorrelationId.ToString("D");
            row[QueueItemFields.InitiatingUserId] = pluginEvent.InitiatingUserId.ToString("D");
            SetIfPresent(row, QueueItemFields.TargetId, item.TargetId == Guid.Empty ? null : item.TargetId.ToString("D"));
            SetIfPresent(row, QueueItemFields.ListId, item.ListId?.ToString("D"));
            SetIfPresent(row, QueueItemFields.Email, item.Email);
            SetIfPresent(row, QueueItemFields.PreviousEmail, item.PreviousEmail);
            SetIfPresent(row, QueueItemFields.Payload, item.Payload);
            SetIfPresent(row, QueueItemFields.ChangedColumns, item.ChangedColumns.Count == 0 ? null : string.Join(",", item.ChangedColumns));
            if (item.MemberIds.Count > 0)
            {
                row[QueueItemFields.MemberIds] = MemberIdChunker.Format(item.MemberIds);
                row[QueueItemFields.MemberCount] = item.MemberIds.Count;
            }

            return row;
        }

        private static string Describe(QueueItem item)
        {
            var kind = KindName(item.Kind);
            if (item.Kind == QueueItemKinds.ListDeleted)
            {
                return string.Format(CultureInfo.InvariantCulture, "{0}: list {1}, {2} former {3} member(s)", kind, item.ListId, item.MemberIds.Count, item.TargetTable);
            }

            return item.MemberIds.Count > 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2} on list {3}", kind, item.MemberIds.Count, item.TargetTable, item.ListId)
                : item.ListId.HasValue && item.TargetTable != TableNames.List
                    ? string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2} on list {3}", kind, item.TargetTable, item.TargetId, item.ListId)
                    : string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}", kind, item.TargetTable, item.TargetId);
        }

        private static string KindName(int kind)
        {
            switch (kind)
            {
                case QueueItemKinds.MemberChanged: return "Member changed";
                case QueueItemKinds.MemberDeleted: return "Member deleted";
                case QueueItemKinds.ListMemberAdded: return "List member added";
                case QueueItemKinds.ListMembersAdded: return "List members added";
                case QueueItemKinds.ListMemberRemoved: return "List member removed";
                case QueueItemKinds.ListChanged: return "List changed";
                case QueueItemKinds.ListDeleted: return "List deleted";
                case QueueItemKinds.ListMembersRemoved: return "List members removed";
                case QueueItemKinds.ListMembersChanged: return "List members changed";
                default: return "Kind " + kind.ToString(CultureInfo.InvariantCulture);
            }
        }

        private static void SetIfPresent(Entity row, string column, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                row[column] = value;
            }
        }

        private static string Truncate(string value, int maxLength) => value.Length <= maxLength ? value : value.Substring(0, maxLength);
    }
}
