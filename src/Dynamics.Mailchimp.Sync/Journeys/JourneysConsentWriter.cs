using System.Collections.Concurrent;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// Decorates an <see cref="IConsentWriter"/> (the pull's, and anything else that records Mailchimp consent through it):
/// after the inner writer has committed a page, an unsubscribe or clean also writes an opted-out email contact point
/// consent record, and a re-subscribe an opted-in one, for the purpose (and topic) of the member's audience.
/// </summary>
/// <remarks>
/// Calls: only when a committed change means a consent. Then, once per instance (one per run): whether the org has the
/// table (<see cref="IJourneysConsentReader.IsAvailableAsync"/>; without it, nothing more, ever), and the audiences'
/// purposes (<c>dmc_audiencesetting</c>, remembered per audience). Per page: one <c>$batch</c> reading the records of
/// the page's addresses, and one writing what differs (none when every record already holds it). A record whose
/// consent write fails gets the error in its result, so the pull holds its checkpoint back and the next run writes it.
/// </remarks>
/// <param name="inner">The writer of the records' columns, list removals and log rows.</param>
/// <param name="client">The job's Dataverse client.</param>
/// <param name="consents">Reads the consent records.</param>
public sealed class JourneysConsentWriter(IConsentWriter inner, IDataverseClient client, IJourneysConsentReader consents) : IConsentWriter
{
    private readonly AudienceSettingsReader settings = new(new BulkFetcher(client));
    private readonly ConcurrentDictionary<string, JourneysPurpose?> purposes = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<Pull.Decide.ConsentChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var results = await inner.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        var committed = results.Select((result, index) => (Index: index, result.Change, result.Succeeded))
            .Where(r => r.Succeeded && JourneysConsentRows.ValueFor(r.Change.Kind) is not null)
            .Select(r => (r.Index, r.Change))
            .ToArray();
        if (committed.Length == 0 || !await consents.IsAvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            return results;
        }

        var intents = JourneysConsentRows.Intents(committed, await PurposesAsync(committed.Select(c => c.Change.Member.AudienceId), cancellationToken).ConfigureAwait(false));
        if (intents.Count == 0)
        {
            return results;
        }

        var existing = await consents.ReadAsync(intents.Select(i => i.Address).ToArray(), intents.Select(i => i.Purpose).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        var planned = intents.SelectMany(intent => JourneysConsentRows.Operations(intent, existing).Select(operation => (Intent: intent, Operation: operation))).ToArray();
        if (planned.Length == 0)
        {
            return results;
        }

        var batch = await client.ExecuteBatchAsync(planned.Select(p => p.Operation).ToArray(), continueOnError: true, cancellationToken).ConfigureAwait(false);
        var merged = results.ToArray();
        foreach (var failure in batch.Results.Where(r => !r.Succeeded))
        {
            var intent = planned[failure.Index].Intent;
            var why = failure.Error?.Message is { Length: > 0 } message ? $"{failure.Error.Code} {message}".Trim() : $"{failure.Outcome} ({(int?)failure.StatusCode})";
            foreach (var index in intent.Changes)
            {
                merged[index] = merged[index] with
                {
                    Error = merged[index].Error ?? $"{merged[index].Change.Record}: the Customer Insights - Journeys consent of {intent.Address} for purpose {intent.Purpose.PurposeId:D} was not written from {merged[index].Change.Member}: {why}",
                };
            }
        }

        return merged;
    }

    private async Task<IReadOnlyDictionary<string, JourneysPurpose?>> PurposesAsync(IEnumerable<string> audienceIds, CancellationToken cancellationToken)
    {
        var wanted = audienceIds.Distinct(StringComparer.Ordinal).ToArray();
        var unread = wanted.Where(id => !purposes.ContainsKey(id)).ToArray();
        if (unread.Length > 0)
        {
            foreach (var (audience, setting) in await settings.ReadAsync(unread, cancellationToken).ConfigureAwait(false))
            {
                purposes[audience] = setting.Journeys;
            }
        }

        return wanted.ToDictionary(id => id, id => purposes.GetValueOrDefault(id), StringComparer.Ordinal);
    }
}
