using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// When a Failed row is due again: <c>modifiedon + backoff(attempts) ≤ now</c>, with backoff(n) =
/// min(<see cref="MaxDelay"/>, <see cref="BaseDelay"/> × 2^(n−1)) for n ≥ 1 and 0 for n = 0. With the defaults: 5 min,
/// 10 min, 20 min, 40 min, 80 min… capped at 6 hours. Rows with attempts ≥ <c>SyncOptions.MaxAttempts</c> stay Failed.
/// </summary>
public sealed record QueueBackoffOptions
{
    /// <summary>Gets the wait after the first failure.</summary>
    /// <value>Default 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Model.SettingsValidators.OwnRangeCopy)]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the longest wait.</summary>
    /// <value>Default 6 hours.</value>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Model.SettingsValidators.OwnRangeCopy)]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The wait after <paramref name="attempts"/> failed tries.</summary>
    /// <param name="attempts">Tries so far.</param>
    /// <returns>The backoff.</returns>
    public TimeSpan Backoff(int attempts)
    {
        if (attempts <= 0)
        {
            return TimeSpan.Zero;
        }

        var factor = Math.Pow(2, Math.Min(attempts - 1, 40));
        var ticks = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }
}
