namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Marketing list member columns.</summary>
    public static class ListMemberFields
    {
        /// <summary>Primary key.</summary>
        public const string ListMemberId = "listmemberid";

        /// <summary>Lookup to the list.</summary>
        public const string ListId = "listid";

        /// <summary>Lookup to the member (account, contact or lead).</summary>
        public const string EntityId = "entityid";
    }
}
