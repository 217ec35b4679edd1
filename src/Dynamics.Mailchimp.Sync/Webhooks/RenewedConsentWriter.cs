using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// A consent writer for a long-running receiver: the writer it wraps is created again once it is older than the
/// refresh interval, so what such a writer keeps for its lifetime (whether the org has the Journeys consent table, each
/// audience's purpose) follows an admin's change within that interval, as the mappings do (<see cref="WebhookAudiences"/>).
/// </summary>
/// <param name="create">Creates the writer.</param>
/// <param name="time">The clock that ages it.</param>
/// <param name="refresh">How long one writer is used.</param>
public sealed class RenewedConsentWriter(Func<IConsentWriter> create, TimeProvider time, TimeSpan refresh) : IConsentWriter
{
    private readonly Lock gate = new();
    private IConsentWriter? current;
    private DateTimeOffset createdAt;

    /// <inheritdoc/>
    public Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<ConsentChange> changes, CancellationToken cancellationToken) =>
        Current().WriteAsync(changes, cancellationToken);

    private IConsentWriter Current()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (current is null || now - createdAt >= refresh)
            {
                current = create();
                createdAt = now;
            }

            return current;
        }
    }
}
