namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// The Mailchimp sandbox's clock in the pull kill test: it reads a set moment and moves only when the scenario moves it,
/// so every member's <c>last_changed</c> and every campaign event's time are known to the test (whole seconds, hours
/// before the job's real clock, so the job's retention and checkpoints see them as past).
/// </summary>
/// <param name="start">The first moment.</param>
internal sealed class PullScenarioClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => _now += by;
}
