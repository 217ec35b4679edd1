namespace Dynamics.Mailchimp.Plugins.Names
{
    /// <summary>Columns that contact, lead and account share under the same logical names.</summary>
    public static class MemberFields
    {
        /// <summary>Email.</summary>
        public const string EmailAddress1 = "emailaddress1";

        /// <summary>"Do not allow Bulk Emails": true = Do Not Allow.</summary>
        public const string DoNotBulkEmail = "donotbulkemail";

        /// <summary>"Send Marketing Materials": true = Do Not Send.</summary>
        public const string DoNotSendMarketingMaterials = "donotsendmm";

        /// <summary>"Do not allow Emails": true = Do Not Allow.</summary>
        public const string DoNotEmail = "donotemail";

        /// <summary>Status: 0 Active, 1 Inactive.</summary>
        public const string StateCode = "statecode";

        /// <summary>The connector's Mailchimp subscriber hash for the record.</summary>
        public const string MailchimpMemberId = "dmc_mailchimpmemberid";

        /// <summary>The connector's copy of the Mailchimp status.</summary>
        public const string MailchimpStatus = "dmc_mailchimpstatus";

        /// <summary>When Mailchimp last changed the member.</summary>
        public const string MailchimpLastChanged = "dmc_mailchimplastchanged";
    }
}
