namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>Which lists a sync reconciles (pure): all with <c>sync --full</c> or when the interval has passed, else the dynamic ones.</summary>
public static class ReconcileSchedule
{
    /// <summary>The <c>dmc_syncstate</c> key holding when the static lists were last reconciled in full.</summary>
    public const string StateName = "reconcile:lists";

    /// <summary>The scope of a sync's reconciliation.</summary>
    /// <param name="full">Whether this is <c>sync --full</c>.</param>
    /// <param name="lastFull">When every list was last reconciled; <see langword="null"/> when never.</param>
    /// <param name="now">The job's clock.</param>
    /// <param name="options">The interval and whether dynamic lists reconcile.</param>
    /// <returns>The scope.</returns>
    public static ReconcileScope ScopeFor(bool full, DateTimeOffset? lastFull, DateTimeOffset now, ReconcileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var due = options.IntervalDays > 0 && (lastFull is null || now - lastFull.Value >= TimeSpan.FromDays(options.IntervalDays));
        return full || due ? ReconcileScope.AllLists
            : options.DynamicLists ? ReconcileScope.DynamicLists
            : ReconcileScope.None;
    }
}
