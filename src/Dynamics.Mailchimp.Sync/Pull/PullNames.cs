namespace Dynamics.Mailchimp.Sync.Pull;

/// <summary>
/// Logical and entity set names the pull uses that <c>Plugins.Names</c> and <c>Read.ReadNames</c> do not have: the
/// Consent Event table (solution/src/Entities/dmc_consentevent/Entity.xml) and the audience setting's cleaned option.
/// </summary>
public static class PullNames
{
    /// <summary>The Consent Event table.</summary>
    public const string ConsentEventTable = "dmc_consentevent";

    /// <summary>The entity set of <see cref="ConsentEventTable"/>.</summary>
    public const string ConsentEventSet = "dmc_consentevents";

    /// <summary>The primary key of <see cref="ConsentEventTable"/>.</summary>
    public const string ConsentEventId = "dmc_consenteventid";

    /// <summary>One line saying what changed (the primary name).</summary>
    public const string Name = "dmc_name";

    /// <summary>The contact lookup.</summary>
    public const string ContactLookup = "dmc_contactid";

    /// <summary>The lead lookup.</summary>
    public const string LeadLookup = "dmc_leadid";

    /// <summary>The account lookup.</summary>
    public const string AccountLookup = "dmc_accountid";

    /// <summary>The column that changed, or <see cref="ListMemberField"/>.</summary>
    public const string Field = "dmc_field";

    /// <summary>The value before.</summary>
    public const string OldValue = "dmc_oldvalue";

    /// <summary>The value after.</summary>
    public const string NewValue = "dmc_newvalue";

    /// <summary>Mailchimp's status as read (text).</summary>
    public const string MailchimpStatus = "dmc_mailchimpstatus";

    /// <summary>Where the change was made (<see cref="SourceMailchimp"/>, <see cref="SourceCrm"/>).</summary>
    public const string Source = "dmc_source";

    /// <summary>Why the job made the change.</summary>
    public const string Reason = "dmc_reason";

    /// <summary>The audience.</summary>
    public const string AudienceId = "dmc_audienceid";

    /// <summary>The member's subscriber hash.</summary>
    public const string MemberId = "dmc_mailchimpmemberid";

    /// <summary>The campaign, when known.</summary>
    public const string CampaignId = "dmc_campaignid";

    /// <summary>When the change happened (Mailchimp's <c>last_changed</c>).</summary>
    public const string OccurredOn = "dmc_occurredon";

    /// <summary>The <see cref="Field"/> value of a list the record left.</summary>
    public const string ListMemberField = "listmember";

    /// <summary><see cref="Source"/>: the change was made in Mailchimp.</summary>
    public const int SourceMailchimp = 100000000;

    /// <summary><see cref="Source"/>: the change was made in the CRM.</summary>
    public const int SourceCrm = 100000001;

    /// <summary>The <see cref="NewValue"/> of a push event for an address permanently deleted in Mailchimp (no member status stands for it).</summary>
    public const string DeletedValue = "deleted";

    /// <summary>The <see cref="NewValue"/> of a push event Mailchimp refused without reporting the member's status.</summary>
    public const string RefusedValue = "refused";

    /// <summary><c>dmc_blockbulkemailoncleaned</c> on <c>dmc_audiencesetting</c>.</summary>
    public const string BlockBulkEmailOnCleaned = "dmc_blockbulkemailoncleaned";
}
