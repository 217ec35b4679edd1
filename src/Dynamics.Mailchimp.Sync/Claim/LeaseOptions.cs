using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Settings of the push lease (see docs/sync-engine.md, "Claim").</summary>
public sealed record LeaseOptions
{
    /// <summary>The default lease duration: 2 minutes; the run loop renews every third of it.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(2);

    /// <summary>Gets how long a lease lasts unless renewed. A crashed instance blocks the queue at most this long.</summary>
    /// <value>Default 2 minutes; between 10 seconds and 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Model.SettingsValidators.OwnRangeCopy)]
    public TimeSpan Duration { get; set; } = DefaultDuration;

    /// <summary>Gets this run's id, the last part of the owner string; a new GUID when null.</summary>
    public string? RunId { get; set; }
}
