namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Logical names of the tables the connector touches.</summary>
    public static class TableNames
    {
        /// <summary>Contact.</summary>
        public const string Contact = "contact";

        /// <summary>Lead.</summary>
        public const string Lead = "lead";

        /// <summary>Account.</summary>
        public const string Account = "account";

        /// <summary>Marketing list.</summary>
        public const string List = "list";

        /// <summary>Marketing list member (intersect table).</summary>
        public const string ListMember = "listmember";

        /// <summary>The connector's sync queue.</summary>
        public const string QueueItem = "dmc_syncqueueitem";
    }
}
