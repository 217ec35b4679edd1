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

        /// <summary>Add members to a list (request class AddListMembersListRequest, request name <c>AddListMembersList</c>).</summary>
        public const string AddListMembers = "AddListMembers";

        /// <summary>Remove one member from a list (request class RemoveMemberListRequest).</summary>
        public const string RemoveMember = "RemoveMember";

        /// <summary>
        /// Remove members from a list (Web API <c>RemoveListMembersList</c>, what the model-driven UI sends; no SDK class:
        /// request name <c>RemoveListMembersList</c>, inputs <c>ListId</c> and <c>MemberIds</c>).
        /// </summary>
        public const string RemoveListMembers = "RemoveListMembers";

        /// <summary>Add members to a list in a batch (Web API <c>AddMembersBatchList</c>; its inputs are not documented).</summary>
        public const string AddMembersBatch = "AddMembersBatch";
    }
}
