using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Job-level settings of a run. Bound from configuration and validated with DataAnnotations at start-up.</summary>
public sealed record SyncOptions
{
    /// <summary>The configuration section conventionally bound to these options.</summary>
    public const string SectionName = "Sync";

    /// <summary>Gets a value indicating whether <c>donotsendmm</c> (Do Not Send Marketing Materials) unsubscribes, like <c>donotbulkemail</c> always does.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool DoNotSendMarketingMaterialsUnsubscribes { get; set; } = true;

    /// <summary>Gets the tries before a failed row stays Failed.</summary>
    /// <value>Default 5; between 1 and 100.</value>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = SyncDefaults.MaxAttempts;

    /// <summary>Gets a value indicating whether contacts are synced.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SyncContacts { get; set; } = true;

    /// <summary>Gets a value indicating whether leads are synced.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SyncLeads { get; set; } = true;

    /// <summary>Gets a value indicating whether accounts (their primary email) are synced.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SyncAccounts { get; set; } = true;

    /// <summary>Gets the share of an audience, in percent, that one run may remove before the rail holds the removals.</summary>
    /// <value>Default 5; between 0 and 100.</value>
    [Range(0d, 100d)]
    public double MassRemovalPercent { get; set; } = SyncDefaults.MassRemovalPercent;

    /// <summary>Gets the number of removals per audience at or under which the rail never trips.</summary>
    /// <value>Default 50; at least 0.</value>
    [Range(0, int.MaxValue)]
    public int MassRemovalMinimumMembers { get; set; } = SyncDefaults.MassRemovalMinimumMembers;

    /// <summary>Gets a value indicating whether removals over the rail go ahead (<c>--allow-mass-removal</c>).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowMassRemoval { get; set; }

    /// <summary>Gets a value indicating whether every synced list is re-evaluated (<c>sync --full</c>).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool FullResync { get; set; }

    /// <summary>Whether records of <paramref name="table"/> take part in the sync.</summary>
    /// <param name="table">contact, lead or account.</param>
    /// <returns>False for a switched-off kind or another table.</returns>
    public bool IsEnabled(string table) => table switch
    {
        TableNames.Contact => SyncContacts,
        TableNames.Lead => SyncLeads,
        TableNames.Account => SyncAccounts,
        _ => false,
    };
}
