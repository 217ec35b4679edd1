using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Tests.Run.Fakes;

/// <summary>A granted lease that counts its renewals and knows whether it was released.</summary>
internal sealed class FakeLease(string name) : ISyncLease
{
    public string Name => name;

    public string Owner => "test-instance";

    public DateTimeOffset ExpiresOn { get; } = DateTimeOffset.MaxValue;

    public int Renewals { get; private set; }

    public bool Released { get; private set; }

    public Task RenewAsync(CancellationToken cancellationToken)
    {
        Renewals++;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Released = true;
        return ValueTask.CompletedTask;
    }
}
