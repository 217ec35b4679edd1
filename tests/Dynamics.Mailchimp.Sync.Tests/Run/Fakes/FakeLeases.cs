using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>A lease manager that grants the lease unless <see cref="HeldBy"/> is set.</summary>
internal sealed class FakeLeases : ILeaseManager
{
    public LeaseHolder? HeldBy { get; set; }

    public FakeLease? Granted { get; private set; }

    public Task<LeaseAttempt> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (HeldBy is not null)
        {
            return Task.FromResult(new LeaseAttempt(null, HeldBy));
        }

        Granted = new FakeLease(name);
        return Task.FromResult(new LeaseAttempt(Granted, null));
    }
}
