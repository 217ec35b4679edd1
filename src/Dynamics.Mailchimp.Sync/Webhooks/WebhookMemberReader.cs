using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// Re-reads each member an event names (<c>GET …/members/{hash}</c>), a few at a time. The event says only that
/// something changed; the member's status now is what the rules apply, so a duplicate, or an older event delivered after a
/// newer one, ends in the same state as the pull would leave.
/// </summary>
/// <param name="client">The Mailchimp client.</param>
/// <param name="concurrency">How many reads run at once.</param>
public sealed class WebhookMemberReader(IMailchimpClient client, int concurrency)
{
    /// <summary>Reads the members.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="emails">The addresses, distinct.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Per address: the member (<see langword="null"/> when Mailchimp has none), or the failure.</returns>
    public async Task<IReadOnlyDictionary<string, WebhookMemberRead>> ReadAsync(string audienceId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(emails);
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        var reads = emails.Select(async email =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var member = await client.GetMemberAsync(audienceId, email, cancellationToken).ConfigureAwait(false);
                return (Email: email, Read: new WebhookMemberRead(member is null ? null : PulledMembers.From(audienceId, member, null), null));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (Email: email, Read: new WebhookMemberRead(null, $"Reading member {SubscriberHash.Compute(email)} of audience {audienceId} from Mailchimp failed: {e.Message}"));
            }
            finally
            {
                slots.Release();
            }
        });
        return (await Task.WhenAll(reads).ConfigureAwait(false)).ToDictionary(r => r.Email, r => r.Read, StringComparer.OrdinalIgnoreCase);
    }
}
