namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Input parameter, image and shared-variable names the plug-ins read.</summary>
    public static class ParameterNames
    {
        /// <summary>The record of Create, Update and Delete.</summary>
        public const string Target = "Target";

        /// <summary>The list of the membership messages.</summary>
        public const string ListId = "ListId";

        /// <summary>The member of AddMember and RemoveMember.</summary>
        public const string EntityId = "EntityId";

        /// <summary>The members of AddListMembers and RemoveListMembers.</summary>
        public const string MemberIds = "MemberIds";

        /// <summary>The Web API <c>tag</c> query parameter, as a shared variable.</summary>
        public const string Tag = "tag";

        /// <summary>Alias of the pre-image every step declares.</summary>
        public const string PreImage = "PreImage";

        /// <summary>Alias of the post-image every step declares.</summary>
        public const string PostImage = "PostImage";
    }
}
