namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Marketing list columns, system and connector.</summary>
    public static class ListFields
    {
        /// <summary>Primary key.</summary>
        public const string ListId = "listid";

        /// <summary>Name.</summary>
        public const string ListName = "listname";

        /// <summary>false = static, true = dynamic.</summary>
        public const string Type = "type";

        /// <summary>Member type: 1 account, 2 contact, 4 lead.</summary>
        public const string CreatedFromCode = "createdfromcode";

        /// <summary>FetchXML of a dynamic list.</summary>
        public const string Query = "query";

        /// <summary>How many members the list has (maintained by the platform).</summary>
        public const string MemberCount = "membercount";

        /// <summary>Status: 0 Active, 1 Inactive.</summary>
        public const string StateCode = "statecode";

        /// <summary>Whether the list syncs to Mailchimp.</summary>
        public const string SyncEnabled = "dmc_syncenabled";

        /// <summary>Audience, tag or interest.</summary>
        public const string MappingType = "dmc_mappingtype";

        /// <summary>The Mailchimp audience id.</summary>
        public const string AudienceId = "dmc_audienceid";

        /// <summary>The tag, when the list maps to a tag.</summary>
        public const string TagName = "dmc_tagname";

        /// <summary>The interest id, when the list maps to an interest.</summary>
        public const string InterestId = "dmc_interestid";

        /// <summary>Update existing members only.</summary>
        public const string UpdateOnly = "dmc_updateonly";

        /// <summary>What a record leaving a tag or interest list does: remove the tag or interest, archive, or unsubscribe.</summary>
        public const string ExitAction = "dmc_exitaction";
    }
}
