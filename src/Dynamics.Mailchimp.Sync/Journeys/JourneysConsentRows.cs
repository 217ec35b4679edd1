using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Sync.Pull.Decide;

namespace Dynamics.Mailchimp.Sync.Journeys;

/// <summary>
/// The pull's consent records, pure: which consent each change means (an unsubscribe or a clean: opted out; a
/// re-subscribe: opted in; nothing else), one intent per address and purpose, and the writes that make Dataverse hold
/// it: an update of each active record of the address for the purpose whose value differs, else the create of one
/// (find-and-update, so a rerun or a duplicate event writes nothing). Values, columns and lengths: Microsoft's
/// msdynmkt_contactpointconsent4 reference (<see cref="JourneysNames"/>).
/// </summary>
public static class JourneysConsentRows
{
    /// <summary>Who requested the change, on every record written (<c>msdynmkt_modifiedonbehalf</c>).</summary>
    public const string OnBehalfOf = "Dynamics.Mailchimp sync (Mailchimp)";

    /// <summary>The consent a change means, or <see langword="null"/> for a change that says nothing about consent.</summary>
    /// <param name="kind">The change's kind.</param>
    /// <returns>Opted out, opted in, or null.</returns>
    public static ConsentValue? ValueFor(ConsentChangeKind kind) => kind switch
    {
        ConsentChangeKind.Unsubscribed or ConsentChangeKind.Cleaned => ConsentValue.OptedOut,
        ConsentChangeKind.Resubscribed => ConsentValue.OptedIn,
        _ => null,
    };

    /// <summary>
    /// One intent per address and purpose among <paramref name="changes"/> whose audience has a purpose. Two changes of
    /// one address that disagree (audiences sharing a purpose) give opted out: the safe reading.
    /// </summary>
    /// <param name="changes">The committed changes, each with its index.</param>
    /// <param name="purposes">The purpose of each audience; an audience missing or null has none.</param>
    /// <returns>The intents, in first-change order.</returns>
    public static IReadOnlyList<ConsentIntent> Intents(IEnumerable<(int Index, ConsentChange Change)> changes, IReadOnlyDictionary<string, JourneysPurpose?> purposes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(purposes);
        var intents = new List<ConsentIntent>();
        foreach (var (index, change) in changes)
        {
            if (ValueFor(change.Kind) is not { } value || purposes.GetValueOrDefault(change.Member.AudienceId) is not { } purpose)
            {
                continue;
            }

            var address = change.Member.Email.Trim();
            var at = intents.FindIndex(i => i.Purpose == purpose && string.Equals(i.Address, address, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                intents.Add(new ConsentIntent(address, purpose, value, Reason(change), [index]));
            }
            else
            {
                var merged = intents[at].Value == ConsentValue.OptedOut || value == ConsentValue.OptedOut ? ConsentValue.OptedOut : value;
                intents[at] = intents[at] with { Value = merged, Reason = merged == intents[at].Value ? intents[at].Reason : Reason(change), Changes = [.. intents[at].Changes, index] };
            }
        }

        return intents;
    }

    /// <summary>The writes that make Dataverse hold <paramref name="intent"/>: none when every record already does.</summary>
    /// <param name="intent">The intent.</param>
    /// <param name="existing">The records read for the page.</param>
    /// <returns>Updates of the records that differ, or the create of a record when there is none.</returns>
    public static IReadOnlyList<BatchOperation> Operations(ConsentIntent intent, JourneysConsents existing)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(existing);
        var records = existing.Find(intent.Address, intent.Purpose);
        if (records.Count == 0)
        {
            return [BatchOperation.Create(JourneysNames.ConsentSet, CreateBody(intent))];
        }

        return records.Where(record => record.Value != intent.Value)
            .Select(record => BatchOperation.Update(JourneysNames.ConsentSet, record.Id, ChangeBody(intent)))
            .ToArray();
    }

    /// <summary>The columns of a new record: the address, the email channel, purpose or topic consent with their lookups, and the consent.</summary>
    /// <param name="intent">The intent.</param>
    /// <returns>The body.</returns>
    public static JsonObject CreateBody(ConsentIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var body = ChangeBody(intent);
        body[JourneysNames.ContactPointValue] = intent.Address;
        body[JourneysNames.ContactPointType] = JourneysNames.EmailChannel;
        body[JourneysNames.ConsentType] = intent.Purpose.TopicId is null ? JourneysNames.PurposeConsent : JourneysNames.TopicConsent;
        body[JourneysNames.PurposeId + "@odata.bind"] = Bind(JourneysNames.PurposeSet, intent.Purpose.PurposeId);
        if (intent.Purpose.TopicId is { } topic)
        {
            body[JourneysNames.TopicId + "@odata.bind"] = Bind(JourneysNames.TopicSet, topic);
        }

        return body;
    }

    private static JsonObject ChangeBody(ConsentIntent intent) => new()
    {
        [JourneysNames.Value] = intent.Value == ConsentValue.OptedOut ? JourneysNames.OptedOut : JourneysNames.OptedIn,
        [JourneysNames.Source] = JourneysNames.InternalSource,
        [JourneysNames.LogicalReason] = JourneysNames.NoReasons,
        [JourneysNames.Reason] = intent.Reason,
        [JourneysNames.ModifiedOnBehalf] = OnBehalfOf,
    };

    private static string Bind(string set, Guid id) => string.Create(CultureInfo.InvariantCulture, $"/{set}({id:D})");

    private static string Reason(ConsentChange change)
    {
        var audience = change.Member.AudienceId;
        var text = change.Kind switch
        {
            ConsentChangeKind.Cleaned => $"Cleaned in Mailchimp audience {audience}: the address bounced",
            ConsentChangeKind.Resubscribed => $"Subscribed again in Mailchimp audience {audience}",
            _ when !string.IsNullOrWhiteSpace(change.Member.UnsubscribeReason) => $"Unsubscribed in Mailchimp audience {audience}: {change.Member.UnsubscribeReason!.Trim()}",
            _ => $"Unsubscribed in Mailchimp audience {audience}",
        };
        return text.Length > JourneysNames.ReasonMaxLength ? text[..(JourneysNames.ReasonMaxLength - 1)] + "…" : text;
    }
}
