using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// The mapped audiences, read with the pull's <see cref="PullAudienceReader"/> and kept for
/// <see cref="WebhookOptions.MappingsRefreshSeconds"/>, so a burst of events costs no mapping reads.
/// </summary>
/// <param name="reader">The pull's audience reader.</param>
/// <param name="time">The clock that ages the copy.</param>
/// <param name="refresh">How long a copy is kept.</param>
public sealed class WebhookAudiences(PullAudienceReader reader, TimeProvider time, TimeSpan refresh)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyDictionary<string, PullAudience>? audiences;
    private DateTimeOffset readAt;

    /// <summary>The audiences by id, read again when the copy is older than the refresh interval.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The mapped audiences.</returns>
    public async Task<IReadOnlyDictionary<string, PullAudience>> GetAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (audiences is null || now - readAt >= refresh)
            {
                audiences = (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.AudienceId, StringComparer.Ordinal);
                readAt = now;
            }

            return audiences;
        }
        finally
        {
            gate.Release();
        }
    }
}
