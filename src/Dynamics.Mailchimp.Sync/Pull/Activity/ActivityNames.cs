namespace Dynamics.Mailchimp.Sync.Pull.Activity;

/// <summary>
/// Logical and Web API names of the activity pull's tables (solution/src/Entities/dmc_mailchimpcampaign and
/// dmc_emailactivity) and of its checkpoints in <c>dmc_syncstate</c>.
/// </summary>
public static class ActivityNames
{
    /// <summary>The Mailchimp Campaign table.</summary>
    public const string CampaignTable = "dmc_mailchimpcampaign";

    /// <summary>Its entity set.</summary>
    public const string CampaignSet = "dmc_mailchimpcampaigns";

    /// <summary>The Email Activity table, a custom activity table (each row also has a row in <c>activitypointer</c>).</summary>
    public const string ActivityTable = "dmc_emailactivity";

    /// <summary>Its entity set.</summary>
    public const string ActivitySet = "dmc_emailactivities";

    /// <summary>Its primary key, as on every activity table: a row's target in <c>UpsertMultiple</c> names itself with it.</summary>
    public const string ActivityId = "activityid";

    /// <summary>The primary name column of the campaign table.</summary>
    public const string Name = "dmc_name";

    /// <summary>The campaign's Mailchimp id (alternate key <c>dmc_mailchimpcampaign_mailchimpid</c>).</summary>
    public const string MailchimpId = "dmc_mailchimpid";

    /// <summary>The subject line.</summary>
    public const string Subject = "dmc_subject";

    /// <summary>When the campaign was sent.</summary>
    public const string SendTime = "dmc_sendtime";

    /// <summary>The audience id.</summary>
    public const string AudienceId = "dmc_audienceid";

    /// <summary>The audience name.</summary>
    public const string AudienceName = "dmc_audiencename";

    /// <summary>Emails sent.</summary>
    public const string EmailsSent = "dmc_emailssent";

    /// <summary>Opens.</summary>
    public const string Opens = "dmc_opens";

    /// <summary>Unique opens.</summary>
    public const string UniqueOpens = "dmc_uniqueopens";

    /// <summary>Clicks.</summary>
    public const string Clicks = "dmc_clicks";

    /// <summary>Recipients who clicked.</summary>
    public const string SubscriberClicks = "dmc_subscriberclicks";

    /// <summary>The activity's Mailchimp member id (first column of the key <c>dmc_emailactivity_event</c>).</summary>
    public const string MemberId = "dmc_memberid";

    /// <summary>The activity's campaign Mailchimp id (key column).</summary>
    public const string CampaignMailchimpId = "dmc_campaignmailchimpid";

    /// <summary>The action choice (key column).</summary>
    public const string Action = "dmc_action";

    /// <summary>When it happened (key column).</summary>
    public const string OccurredOn = "dmc_occurredon";

    /// <summary>The lookup to the campaign row.</summary>
    public const string Campaign = "dmc_campaign";

    /// <summary>The activity's subject (its primary name column, as on every activity table).</summary>
    public const string ActivitySubject = "subject";

    /// <summary>The activity's regarding lookup: the contact or lead whose timeline shows it.</summary>
    public const string Regarding = "regardingobjectid";

    /// <summary>When the event started (the event's time).</summary>
    public const string ActualStart = "actualstart";

    /// <summary>When the event ended (the event's time).</summary>
    public const string ActualEnd = "actualend";

    /// <summary>The activity's state.</summary>
    public const string StateCode = "statecode";

    /// <summary>The activity's status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>The Completed state of an activity (activitypointer <c>statecode</c> 1).</summary>
    public const int Completed = 1;

    /// <summary>The Completed status reason (activitypointer <c>statuscode</c> 2, in state Completed).</summary>
    public const int CompletedStatus = 2;

    /// <summary>The recipient's address.</summary>
    public const string EmailAddress = "dmc_emailaddress";

    /// <summary>The clicked URL.</summary>
    public const string Url = "dmc_url";

    /// <summary>The unsubscribe reason.</summary>
    public const string Detail = "dmc_detail";

    /// <summary>The <c>dmc_syncstate</c> name prefix of a campaign's activity checkpoint: <c>checkpoint:activity:&lt;campaign id&gt;</c>.</summary>
    public const string CheckpointPrefix = "checkpoint:activity:";

    /// <summary>The checkpoint value column of <c>dmc_syncstate</c>.</summary>
    public const string CheckpointValue = "dmc_value";

    /// <summary><c>&lt;lookup&gt;@odata.bind</c>.</summary>
    /// <param name="lookup">The lookup's logical name (single target).</param>
    /// <returns>The property name.</returns>
    public static string Bind(string lookup) => lookup + "@odata.bind";

    /// <summary>
    /// <c>regardingobjectid_&lt;table&gt;_dmc_emailactivity@odata.bind</c>: the regarding lookup bound through the activity
    /// table's own relationship to <paramref name="table"/>, as for <c>regardingobjectid_contact_task</c> (the task entity
    /// type's navigation properties, MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/entitytypes/task.md).
    /// </summary>
    /// <param name="table">The regarded record's table: contact or lead.</param>
    /// <returns>The property name.</returns>
    public static string RegardingBind(string table) => Bind($"{Regarding}_{table}_{ActivityTable}");
}
