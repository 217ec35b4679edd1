using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Cli.Commands.Drift;

/// <summary>What <c>drift</c> was asked to fix, and the push that applied the corrections.</summary>
/// <param name="Asked">Whether <c>--fix</c> was given.</param>
/// <param name="DryRun">Whether <c>--dry-run</c> was given (nothing was queued).</param>
/// <param name="Pushed">The push that drained the corrections; <see langword="null"/> unless fixed for real.</param>
public sealed record DriftFix(bool Asked, bool DryRun, PushSummary? Pushed);
