using System;
using System.Collections.Generic;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Plugins.Queue
{
    /// <summary>One unit of sync work, as a plug-in records it: immutable, written as one queue row.</summary>
    public sealed class QueueItem
    {
        private static readonly IReadOnlyList<string> NoColumns = new string[0];
        private static readonly IReadOnlyList<Guid> NoMembers = new Guid[0];

        private QueueItem(int kind, string targetTable, Guid targetId, Guid? listId, string? email, string? previousEmail, IReadOnlyList<string> changedColumns, IReadOnlyList<Guid> memberIds, string? payload = null)
        {
            Payload = payload;
            Kind = kind;
            TargetTable = targetTable;
            TargetId = targetId;
            ListId = listId;
            Email = email;
            PreviousEmail = previousEmail;
            ChangedColumns = changedColumns;
            MemberIds = memberIds;
        }

        /// <summary>See <see cref="QueueItemKinds"/>.</summary>
        public int Kind { get; }

        /// <summary>Logical name of the changed record (for membership rows: the member type).</summary>
        public string TargetTable { get; }

        /// <summary>Id of the changed record (for bulk membership rows: empty, see <see cref="MemberIds"/>).</summary>
        public Guid TargetId { get; }

        /// <summary>The marketing list, for membership and list rows.</summary>
        public Guid? ListId { get; }

        /// <summary>The email at the time of the change.</summary>
        public string? Email { get; }

        /// <summary>The email before the change, when it was replaced or cleared.</summary>
        public string? PreviousEmail { get; }

        /// <summary>Synced columns the change touched.</summary>
        public IReadOnlyList<string> ChangedColumns { get; }

        /// <summary>Members of a bulk membership chunk.</summary>
        public IReadOnlyList<Guid> MemberIds { get; }

        /// <summary>JSON for what the other columns cannot carry (a deleted list's mapping), or null.</summary>
        public string? Payload { get; }

        /// <summary>A contact, lead or account was created or changed.</summary>
        public static QueueItem MemberChanged(string table, Guid id, string? email, string? previousEmail, IReadOnlyList<string> changedColumns) =>
            new QueueItem(QueueItemKinds.MemberChanged, table, id, null, email, previousEmail, changedColumns, NoMembers);

        /// <summary>A contact, lead or account was deleted.</summary>
        public static QueueItem MemberDeleted(string table, Guid id, string? email) =>
            new QueueItem(QueueItemKinds.MemberDeleted, table, id, null, email, null, NoColumns, NoMembers);

        /// <summary>One member joined a list.</summary>
        public static QueueItem ListMemberAdded(Guid listId, string memberTable, Guid memberId) =>
            new QueueItem(QueueItemKinds.ListMemberAdded, memberTable, memberId, listId, null, null, NoColumns, NoMembers);

        /// <summary>A chunk of members joined a list.</summary>
        public static QueueItem ListMembersAdded(Guid listId, string memberTable, IReadOnlyList<Guid> memberIds) =>
            new QueueItem(QueueItemKinds.ListMembersAdded, memberTable, Guid.Empty, listId, null, null, NoColumns, memberIds);

        /// <summary>One member left a list.</summary>
        public static QueueItem ListMemberRemoved(Guid listId, string memberTable, Guid memberId) =>
            new QueueItem(QueueItemKinds.ListMemberRemoved, memberTable, memberId, listId, null, null, NoColumns, NoMembers);

        /// <summary>A chunk of members left a list.</summary>
        public static QueueItem ListMembersRemoved(Guid listId, string memberTable, IReadOnlyList<Guid> memberIds) =>
            new QueueItem(QueueItemKinds.ListMembersRemoved, memberTable, Guid.Empty, listId, null, null, NoColumns, memberIds);

        /// <summary>A list's members changed in a way the message does not spell out.</summary>
        public static QueueItem ListMembersChanged(Guid listId, string memberTable) =>
            new QueueItem(QueueItemKinds.ListMembersChanged, memberTable, Guid.Empty, listId, null, null, NoColumns, NoMembers);

        /// <summary>A list's sync settings or status changed.</summary>
        public static QueueItem ListChanged(Guid listId, IReadOnlyList<string> changedColumns) =>
            new QueueItem(QueueItemKinds.ListChanged, TableNames.List, listId, listId, null, null, changedColumns, NoMembers);

        /// <summary>
        /// A synced list was deleted: its mapping in <paramref name="payload"/>, and one chunk of its former members of
        /// <paramref name="memberTable"/> (the list's member type, or <c>list</c> when unknown).
        /// </summary>
        public static QueueItem ListDeleted(Guid listId, string memberTable, DeletedListPayload payload, IReadOnlyList<Guid> memberIds) =>
            new QueueItem(QueueItemKinds.ListDeleted, memberTable, Guid.Empty, listId, null, null, NoColumns, memberIds, payload.ToJson());
    }
}
