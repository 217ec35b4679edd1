namespace Dynamics.Mailchimp.Cli.Tests.Commands.Status;

/// <summary>A clock that always reads one moment, so lease expiry is judged without racing wall time.</summary>
/// <param name="now">The moment.</param>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
