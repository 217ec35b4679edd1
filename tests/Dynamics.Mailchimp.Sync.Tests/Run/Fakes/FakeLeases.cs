using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>A lease manager that grants the lease unless <see cref="HeldBy"/> is set (calling <c>whenFree</c> first, as the real one does).</summary>
internal sealed class FakeLeases : ILeaseManager
{
    public LeaseHolder? HeldBy { get; set; }

    public FakeLease? Granted { get; private set; }

    /// <summary>Gets or sets a value indicating whether the guarded write is lost after <c>whenFree</c> was called (another instance took it in between).</summary>
    public bool LoseTheWrite { get; set; }

    /// <summary>Gets or sets what runs after <c>whenFree</c> and before the attempt returns (the guarded write's round trip).</summary>
    public Action? DuringTheWrite { get; set; }

    public Task<LeaseAttempt> TryAcquireAsync(string name, Action? whenFree, CancellationToken cancellationToken)
    {
        if (HeldBy is not null)
        {
            return Task.FromResult(new LeaseAttempt(null, HeldBy));
        }

        whenFree?.Invoke();
        DuringTheWrite?.Invoke();
        if (LoseTheWrite)
        {
            return Task.FromResult(new LeaseAttempt(null, new LeaseHolder("other-run", DateTimeOffset.MaxValue)));
        }

        Granted = new FakeLease(name);
        return Task.FromResult(new LeaseAttempt(Granted, null));
    }
}
