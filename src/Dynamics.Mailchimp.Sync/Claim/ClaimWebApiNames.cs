namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// Web API names the Claim and Record steps use: entity set names and the <c>dmc_syncstate</c> columns (the plug-ins
/// never write that table, so its names are not in <c>Dynamics.Mailchimp.Plugins.Names</c>). Source:
/// solution/src/Entities/dmc_syncstate/Entity.xml and dmc_syncqueueitem/Entity.xml.
/// </summary>
public static class ClaimWebApiNames
{
    /// <summary>The entity set of <c>dmc_syncstate</c>.</summary>
    public const string SyncStateSet = "dmc_syncstates";

    /// <summary>The primary key of <c>dmc_syncstate</c>.</summary>
    public const string SyncStateId = "dmc_syncstateid";

    /// <summary>The state key (unique: alternate key <c>dmc_syncstate_name</c>), e.g. <c>lease:push</c>.</summary>
    public const string SyncStateName = "dmc_name";

    /// <summary>Who holds the lease (host, process, run); empty when free.</summary>
    public const string LeaseOwner = "dmc_leaseowner";

    /// <summary>When the lease expires unless renewed.</summary>
    public const string LeaseExpiresOn = "dmc_leaseexpireson";

    /// <summary>The entity set of <c>dmc_syncqueueitem</c>.</summary>
    public const string QueueItemSet = "dmc_syncqueueitems";

    /// <summary>The row's last change (system column), which the retry backoff counts from.</summary>
    public const string ModifiedOn = "modifiedon";

    /// <summary>The weak ETag annotation on every row the Web API returns.</summary>
    public const string ETag = "@odata.etag";

    /// <summary>The Dataverse error code for a duplicate alternate key (<c>DuplicateRecordEntityKey</c>).</summary>
    public const string DuplicateKeyCode = "0x80060892";

    /// <summary>The Dataverse error code for a duplicate record (<c>DuplicateRecord</c>).</summary>
    public const string DuplicateRecordCode = "0x80040237";
}
