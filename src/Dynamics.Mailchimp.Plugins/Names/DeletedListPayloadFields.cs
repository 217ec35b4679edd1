namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>
    /// Property names of the JSON a List deleted row carries in <see cref="QueueItemFields.Payload"/>: the list's mapping
    /// from the delete's pre-image, which the job can no longer read once the list is gone.
    /// </summary>
    public static class DeletedListPayloadFields
    {
        /// <summary>The list's name (<c>listname</c>), for reasons.</summary>
        public const string ListName = "listName";

        /// <summary>The <c>dmc_mappingtype</c> option value; absent when not set.</summary>
        public const string MappingType = "mappingType";

        /// <summary>The Mailchimp audience id (<c>dmc_audienceid</c>).</summary>
        public const string AudienceId = "audienceId";

        /// <summary>The tag name (<c>dmc_tagname</c>).</summary>
        public const string TagName = "tagName";

        /// <summary>The interest id (<c>dmc_interestid</c>).</summary>
        public const string InterestId = "interestId";

        /// <summary>Whether the list only updated existing members (<c>dmc_updateonly</c>).</summary>
        public const string UpdateOnly = "updateOnly";

        /// <summary>The list's member count before the delete (<c>membercount</c>); absent when unknown.</summary>
        public const string MemberCount = "memberCount";

        /// <summary>
        /// Whether the rows of the delete carry every former member in <see cref="QueueItemFields.MemberIds"/>; when false,
        /// <see cref="NotCapturedReason"/> says why they were not read inside the delete.
        /// </summary>
        public const string MembersCaptured = "membersCaptured";

        /// <summary>Why the former members were not captured (a dynamic list, more than the plug-in reads, a failed read).</summary>
        public const string NotCapturedReason = "notCapturedReason";
    }
}
