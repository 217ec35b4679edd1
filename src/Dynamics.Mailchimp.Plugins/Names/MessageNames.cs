namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>SDK message names the plug-ins are registered on (the names plug-in steps use).</summary>
    public static class MessageNames
    {
        /// <summary>Create.</summary>
        public const string Create = "Create";

        /// <summary>Update.</summary>
        public const string Update = "Update";

        /// <summary>Delete.</summary>
        public const string Delete = "Delete";

        /// <summary>Add one member to a list (request class AddMemberListRequest).</summary>
        public const string AddMember = "AddMember";

        /// <summary>Add members to a list (request class AddListMembersListRequest).</summary>
        public const string AddListMembers = "AddListMembers";

        /// <summary>Remove one member from a list (request class RemoveMemberListRequest).</summary>
        public const string RemoveMember = "RemoveMember";
    }
}
