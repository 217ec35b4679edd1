using Dynamics.Mailchimp.Sync.Claim;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// Renews the push lease in the background every third of its remaining time, so a long cycle never outlives it.
/// When the lease is lost (another instance took it after it expired), <see cref="Lost"/> is cancelled and the run
/// stops before it sends anything more.
/// </summary>
public sealed class LeaseKeeper : IAsyncDisposable
{
    private static readonly TimeSpan MaxPeriod = TimeSpan.FromMinutes(20);
    private readonly ISyncLease _lease;
    private readonly TimeProvider _time;
    private readonly TimeSpan _period;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _loop;

    /// <summary>Starts renewing.</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="time">The clock.</param>
    public LeaseKeeper(ISyncLease lease, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(time);
        _lease = lease;
        _time = time;
        var remaining = lease.ExpiresOn - time.GetUtcNow();
        _period = remaining > MaxPeriod * 3 ? MaxPeriod : remaining > TimeSpan.FromSeconds(3) ? remaining / 3 : TimeSpan.FromSeconds(1);
        // Started inline, so the first wait is scheduled on the clock before the constructor returns.
        _loop = RenewLoopAsync(_stop.Token);
    }

    /// <summary>Gets a token cancelled when the lease is lost.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Gets how many renewals succeeded.</summary>
    public int Renewals { get; private set; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_period, _time, stop).ConfigureAwait(false);
                await _lease.RenewAsync(stop).ConfigureAwait(false);
                Renewals++;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (LeaseLostException)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (_time.GetUtcNow() < _lease.ExpiresOn)
            {
                // A transient failure (throttled, unreachable): the lease still holds; try again next period.
            }
            catch (Exception)
            {
                await _lost.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
    }
}
