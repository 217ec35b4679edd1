namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Columns of the connector's sync queue (<c>dmc_syncqueueitem</c>).</summary>
    public static class QueueItemFields
    {
        /// <summary>Primary key.</summary>
        public const string QueueItemId = "dmc_syncqueueitemid";

        /// <summary>Primary name.</summary>
        public const string Name = "dmc_name";

        /// <summary>What changed: see <see cref="QueueItemKinds"/>.</summary>
        public const string Kind = "dmc_kind";

        /// <summary>Where the row is: see <see cref="QueueItemStates"/>.</summary>
        public const string State = "dmc_state";

        /// <summary>Logical name of the changed record.</summary>
        public const string TargetTable = "dmc_targettable";

        /// <summary>Id of the changed record.</summary>
        public const string TargetId = "dmc_targetid";

        /// <summary>Id of the marketing list.</summary>
        public const string ListId = "dmc_listid";

        /// <summary>Email at the time of the change.</summary>
        public const string Email = "dmc_email";

        /// <summary>Email before the change, when it was replaced or cleared.</summary>
        public const string PreviousEmail = "dmc_previousemail";

        /// <summary>Synced columns the change touched, comma-separated.</summary>
        public const string ChangedColumns = "dmc_changedcolumns";

        /// <summary>Member ids of a bulk membership chunk, comma-separated.</summary>
        public const string MemberIds = "dmc_memberids";

        /// <summary>How many ids <see cref="MemberIds"/> holds.</summary>
        public const string MemberCount = "dmc_membercount";

        /// <summary>What the other columns cannot carry, as JSON: for a deleted list, its mapping (see <see cref="DeletedListPayloadFields"/>).</summary>
        public const string Payload = "dmc_payload";

        /// <summary>Tries so far.</summary>
        public const string Attempts = "dmc_attempts";

        /// <summary>The last error.</summary>
        public const string LastError = "dmc_lasterror";

        /// <summary>What the job did with the row, or why it skipped it.</summary>
        public const string Outcome = "dmc_outcome";

        /// <summary>Platform correlation id.</summary>
        public const string CorrelationId = "dmc_correlationid";

        /// <summary>Total order for coalescing.</summary>
        public const string Sequence = "dmc_sequence";

        /// <summary>The user who made the change.</summary>
        public const string InitiatingUserId = "dmc_initiatinguserid";
    }
}
