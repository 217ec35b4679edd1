namespace Dynamics.Mailchimp.Sync.Pull.Activity.Read;

/// <summary>Which events of one campaign a run imports: after <see cref="Since"/> (exclusive), none before <see cref="Cutoff"/>.</summary>
/// <param name="Since">The checkpoint minus the overlap, or <see langword="null"/> on a campaign's first import.</param>
/// <param name="Cutoff">The retention limit: now minus the retention.</param>
public sealed record ActivityWindow(DateTimeOffset? Since, DateTimeOffset Cutoff)
{
    /// <summary>
    /// The <c>since</c> sent to Mailchimp: none on a campaign's first import, so every recipient is listed (each gets a
    /// Sent row); afterwards the later of the checkpoint and the cutoff.
    /// </summary>
    public DateTimeOffset? ReadSince => Since is { } since ? (since > Cutoff ? since : Cutoff) : null;

    /// <summary>Whether this is the campaign's first import (its Sent rows are written).</summary>
    public bool IsFirstImport => Since is null;

    /// <summary>Whether an event at <paramref name="moment"/> is imported.</summary>
    /// <param name="moment">The event's time.</param>
    /// <returns><see langword="true"/> inside the window.</returns>
    public bool Includes(DateTimeOffset moment) => moment >= Cutoff && (Since is not { } since || moment > since);

    /// <summary>The window of a campaign.</summary>
    /// <param name="checkpoint">Its checkpoint, or <see langword="null"/>.</param>
    /// <param name="now">The run's start.</param>
    /// <param name="options">Retention and overlap.</param>
    /// <returns>The window.</returns>
    public static ActivityWindow For(DateTimeOffset? checkpoint, DateTimeOffset now, ActivityPullOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ActivityWindow(checkpoint - options.Overlap, now - options.Retention);
    }
}
