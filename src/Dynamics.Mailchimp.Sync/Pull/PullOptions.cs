using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sync.Pull;

/// <summary>
/// How the member-status pull maps Mailchimp's statuses onto the CRM's consent columns; section <c>Sync:Pull</c>.
/// The defaults are documented in the README ("Pulling consent back").
/// </summary>
public sealed record PullOptions
{
    /// <summary>The configuration section of these options, under <c>Sync</c>.</summary>
    public const string SectionName = "Pull";

    /// <summary>The name of the lease row on <c>dmc_syncstate</c> that only one pulling instance holds at a time.</summary>
    public const string LeaseName = "lease:pull";

    /// <summary>Gets a value indicating whether an unsubscribe in Mailchimp sets <c>donotbulkemail</c>.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UnsubscribeBlocksBulkEmail { get; set; } = true;

    /// <summary>Gets a value indicating whether an unsubscribe in Mailchimp sets <c>donotsendmm</c>.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UnsubscribeBlocksMarketingMaterials { get; set; } = true;

    /// <summary>Gets a value indicating whether a record that unsubscribed in Mailchimp leaves the syncing static lists of that audience.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool UnsubscribeLeavesLists { get; set; } = true;

    /// <summary>
    /// Gets a value indicating whether a person who subscribes again in Mailchimp (after an unsubscribe or a clean the
    /// CRM knows of) gets <c>donotbulkemail</c> and <c>donotsendmm</c> cleared.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ResubscribeAllowsMarketing { get; set; } = true;

    /// <summary>
    /// Gets a value indicating whether a cleaned address (hard bounce) also sets <c>donotbulkemail</c>. An audience's
    /// <c>dmc_audiencesetting</c> row overrides it with <c>dmc_blockbulkemailoncleaned</c>.
    /// </summary>
    /// <value>Default <see langword="false"/>: only the status shows Cleaned, so "address is dead" stays apart from "does not want mail".</value>
    public bool CleanedBlocksBulkEmail { get; set; }

    /// <summary>
    /// Gets a value indicating whether a subscribed member that matches no contact, lead or account becomes a lead
    /// (email, first and last name from <c>FNAME</c>/<c>LNAME</c>, the member id and status). Unmatched members of any
    /// other status are only counted. Applies only while contacts, leads and accounts are all synced
    /// (<see cref="Model.SyncOptions"/>), since a member is matched only against the kinds that are.
    /// </summary>
    /// <value>Default <see langword="false"/>: unmatched members are counted and reported, not created.</value>
    public bool CreateLeadsForUnmatched { get; set; }

    /// <summary>Gets the members read per Mailchimp call and written per Dataverse round.</summary>
    /// <value>Default 1,000 (Mailchimp's largest page); between 10 and 1,000.</value>
    [Range(10, 1000)]
    public int PageSize { get; set; } = 1000;

    /// <summary>Gets a value indicating whether to read and decide only, writing nothing and moving no checkpoint.</summary>
    public bool DryRun { get; set; }
}
