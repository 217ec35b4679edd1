using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>Reconciliation of synced lists with Mailchimp (section <c>Sync:Reconcile</c>).</summary>
public sealed record ReconcileOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync:Reconcile";

    /// <summary>Gets a value indicating whether every sync and push first brings each dynamic list's tag or interest up to date.</summary>
    /// <value>Default <see langword="true"/>: dynamic lists fire no events, so this is how they sync at all.</value>
    public bool DynamicLists { get; set; } = true;

    /// <summary>Gets the days between scheduled reconciliations of the static lists (0: only with <c>sync --full</c>).</summary>
    /// <value>Default 7 (the solution's environment variable <c>dmc_ReconcileIntervalDays</c>).</value>
    [Range(0, 365)]
    public int IntervalDays { get; set; } = 7;

    /// <summary>Gets the examples the drift report keeps per kind of difference and list.</summary>
    /// <value>Default 5.</value>
    [Range(0, 100)]
    public int SampleSize { get; set; } = 5;
}
