using Dynamics.Mailchimp.Sandbox.Hosting.Faults;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;

/// <summary>Controls over the sandbox itself: faults, the request gate and reset.</summary>
public sealed partial class SandboxControls
{
    /// <summary>Makes the next matching API requests fail, e.g. a 429 storm or 503s.</summary>
    /// <param name="rule">The fault rule.</param>
    public void InjectFault(FaultRule rule) => _faults.Add(rule);

    /// <summary>Removes every fault rule.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Holds every API request that arrives from now on until <see cref="ReleaseRequests"/>.</summary>
    public void HoldRequests() => _gate.Close();

    /// <summary>Releases the held requests and stops holding new ones.</summary>
    public void ReleaseRequests() => _gate.Open();

    /// <summary>Gets the number of API requests held at the gate now; a held request whose client went away leaves it.</summary>
    public int HeldRequestCount => _gate.HeldCount;

    /// <summary>Waits until at least <paramref name="count"/> API requests are held.</summary>
    /// <param name="count">The number of held requests.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when they are held.</returns>
    public Task WaitForHeldRequestsAsync(int count, CancellationToken cancellationToken) => _gate.WaitForHeldAsync(count, cancellationToken);

    /// <summary>Gets or sets what batch subscribe does with <c>subscribed</c> for a member who unsubscribed themselves.</summary>
    /// <value>Starts at <see cref="MailchimpSandboxOptions.BatchResubscribe"/>.</value>
    public BatchResubscribeBehavior BatchResubscribe
    {
        get => _store.Batch.Resubscribe;
        set => _store.Batch.Resubscribe = value;
    }

    /// <summary>Re-creates the seeded audiences and clears campaigns, webhooks, their deliveries (queued ones are dropped), faults, the request log and the gate; latency and the batch behaviour return to their start values.</summary>
    public void Reset()
    {
        _store.Reset();
        _webhooks.Reset();
        _store.Batch.Resubscribe = _initialResubscribe;
        _faults.Clear();
        _log.Clear();
        _gate.Open();
        _latency.Value = _initialLatency;
    }
}
