using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// Reads <c>msdynmkt_contactpointconsent4</c> where the org has it. Whether it does is asked once per instance (one per
/// run): <c>GET msdynmkt_contactpointconsent4s?$select=…id</c> with a page of one row; Dataverse answers a table the org
/// does not have with 404 "Resource not found for the segment" (<see cref="DataverseErrorCodes.IsUnknownResource"/>), and
/// every later call is then skipped. Any other refusal (403 without the privileges) is thrown, naming the privilege.
/// The records are read with FetchXML in one <c>$batch</c>: active, email channel, the purposes asked for, and an
/// <c>in</c> condition on the addresses (chunked like every Read query).
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class DataverseJourneysConsentReader(IDataverseClient client) : IJourneysConsentReader
{
    private static readonly string[] Columns = [JourneysNames.ConsentId, JourneysNames.ContactPointValue, JourneysNames.PurposeId, JourneysNames.TopicId, JourneysNames.Value];
    private readonly BulkFetcher fetcher = new(client);
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool? available;

    /// <inheritdoc/>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        if (available is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            available ??= await ProbeAsync(cancellationToken).ConfigureAwait(false);
            return available.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<JourneysConsents> ReadAsync(IReadOnlyCollection<string> addresses, IReadOnlyCollection<JourneysPurpose> purposes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(purposes);
        var wanted = addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var purposeIds = purposes.Select(p => JsonRows.IdText(p.PurposeId)).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0 || purposeIds.Length == 0 || !await IsAvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            return JourneysConsents.None;
        }

        var query = new FetchQuery(JourneysNames.ConsentTable, Columns)
            .Where(JourneysNames.State, "eq", JourneysNames.Active.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(JourneysNames.ContactPointType, "eq", JourneysNames.EmailChannel.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(JourneysNames.PurposeId, "in", purposeIds);
        var rows = await fetcher.FetchAsync(query.Chunk(JourneysNames.ContactPointValue, wanted).Select(xml => (query.EntitySet, xml)).ToArray(), cancellationToken).ConfigureAwait(false);
        return new JourneysConsents(rows.Select(r => ToConsent(r.Row)).OfType<ContactPointConsent>().ToArray());
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var probe = new DataverseQuery(JourneysNames.ConsentSet) { Select = [JourneysNames.ConsentId], PageSize = 1 };
        try
        {
            await using var rows = client.QueryAsync(probe, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await rows.MoveNextAsync().ConfigureAwait(false);
            return true;
        }
        catch (DataverseApiException e) when (e.StatusCode == HttpStatusCode.NotFound && DataverseErrorCodes.IsUnknownResource(e.Error))
        {
            return false;
        }
    }

    private static ContactPointConsent? ToConsent(JsonElement row) =>
        JsonRows.Id(row, JourneysNames.ConsentId) is { } id
        && JsonRows.Text(row, JourneysNames.ContactPointValue) is { } address
        && JsonRows.Id(row, ReadNames.LookupProperty(JourneysNames.PurposeId)) is { } purpose
            ? new ContactPointConsent(id, address, purpose, JsonRows.Id(row, ReadNames.LookupProperty(JourneysNames.TopicId)), ToValue(JsonRows.Integer(row, JourneysNames.Value)))
            : null;

    private static ConsentValue ToValue(int? value) => value switch
    {
        JourneysNames.OptedIn => ConsentValue.OptedIn,
        JourneysNames.OptedOut => ConsentValue.OptedOut,
        _ => ConsentValue.NotSet,
    };
}
