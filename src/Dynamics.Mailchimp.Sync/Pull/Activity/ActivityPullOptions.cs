using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Dynamics.Mailchimp.Sync.Pull.Activity;

/// <summary>Options of the campaign and activity pull (section <c>Sync:Activity</c>).</summary>
public sealed class ActivityPullOptions
{
    /// <summary>Gets or sets how far back activity is imported; older events, and campaigns sent before, are not read.</summary>
    /// <value>Default 90 days; 1 to 3,650 days.</value>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Model.SettingsValidators.OwnRangeCopy)]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// Gets or sets how far before its checkpoint a campaign's activity is read again, for events Mailchimp reports late;
    /// rows already imported are rewritten under their key, never duplicated.
    /// </summary>
    /// <value>Default 10 minutes; 0 to 1 day.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Model.SettingsValidators.OwnRangeCopy)]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets the audience whose campaigns are read; <see langword="null"/> for every audience.</summary>
    public string? AudienceId { get; set; }

    /// <summary>Gets or sets how many events are matched and written together (one <c>UpsertMultiple</c> in one <c>$batch</c> each).</summary>
    /// <value>Default 1,000 (Microsoft suggests 100 to 1,000 rows per bulk request, and a <c>$batch</c> holds 1,000 operations); 1 to 1,000.</value>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Gets or sets a value indicating whether the run only reads, matches and counts: no row and no checkpoint is
    /// written, and the counts are what a real run would write.
    /// </summary>
    public bool DryRun { get; set; }
}
