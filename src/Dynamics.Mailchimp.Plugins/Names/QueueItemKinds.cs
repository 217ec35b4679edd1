namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Option values of <see cref="QueueItemFields.Kind"/>.</summary>
    public static class QueueItemKinds
    {
        /// <summary>A contact, lead or account was created or changed.</summary>
        public const int MemberChanged = 100000000;

        /// <summary>A contact, lead or account was deleted.</summary>
        public const int MemberDeleted = 100000001;

        /// <summary>One member was added to a list.</summary>
        public const int ListMemberAdded = 100000002;

        /// <summary>A chunk of members was added to a list.</summary>
        public const int ListMembersAdded = 100000003;

        /// <summary>One member was removed from a list.</summary>
        public const int ListMemberRemoved = 100000004;

        /// <summary>A list's sync settings or status changed.</summary>
        public const int ListChanged = 100000005;

        /// <summary>A synced list was deleted.</summary>
        public const int ListDeleted = 100000006;

        /// <summary>A chunk of members was removed from a list.</summary>
        public const int ListMembersRemoved = 100000007;

        /// <summary>A list's members changed by a message that does not name them: read the list's members again.</summary>
        public const int ListMembersChanged = 100000008;
    }
}
