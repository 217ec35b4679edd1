namespace Dynamics.Mailchimp.Benchmarks.Baseline;

/// <summary>The member-at-a-time baseline's run over a sample of the queued changes.</summary>
/// <param name="Changes">The member changes it pushed.</param>
/// <param name="WallSeconds">Its wall time.</param>
/// <param name="Failures">Calls that did not succeed.</param>
public sealed record BaselineResult(int Changes, double WallSeconds, int Failures)
{
    /// <summary>Gets its wall time per change, in seconds.</summary>
    public double SecondsPerChange => Changes == 0 ? 0 : WallSeconds / Changes;
}
