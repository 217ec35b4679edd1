using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>
/// The form fields of each event, in the documented order: <c>type</c>, <c>fired_at</c> (<c>YYYY-MM-DD HH:MM:SS</c>, UTC),
/// then <c>data[...]</c> with nested keys such as <c>data[merges][EMAIL]</c>.
/// </summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/ (event list and sample payloads); the
/// same samples appear in Mailchimp's older webhook page and are quoted field for field in public receivers (e.g. gist
/// ntcho/44de57737ab5407240ebde465f99ad0c; gist strangeways/96b26ee7e61b9800e264b16688cce038 recorded <c>data[web_id]</c>
/// and the campaign fields with RequestBin). <c>data[id]</c> is the member's <c>unique_email_id</c>-style 10-character id, as in the samples.
/// </remarks>
internal static class WebhookPayloads
{
    public static WebhookEvent Subscribe(string listId, string source, DefinitionSet set, MemberRecord m, DateTimeOffset firedAt) =>
        Event(WebhookWire.Subscribe, listId, source, firedAt, [
            .. Member(listId, m, includeSignup: true),
            .. Merges(set, m)]);

    public static WebhookEvent Unsubscribe(string listId, string source, DefinitionSet set, MemberRecord m, string? campaignId, DateTimeOffset firedAt) =>
        Event(WebhookWire.Unsubscribe, listId, source, firedAt, [
            Pair(WebhookWire.Data("action"), "unsub"),
            Pair(WebhookWire.Data("reason"), "manual"),
            .. Member(listId, m, includeSignup: false),
            .. campaignId is null ? [] : new[] { Pair(WebhookWire.Data("campaign_id"), campaignId) },
            .. Merges(set, m)]);

    public static WebhookEvent Profile(string listId, string source, DefinitionSet set, MemberRecord m, DateTimeOffset firedAt) =>
        Event(WebhookWire.Profile, listId, source, firedAt, [
            .. Member(listId, m, includeSignup: false),
            .. Merges(set, m)]);

    public static WebhookEvent Cleaned(string listId, string source, MemberRecord m, string? campaignId, DateTimeOffset firedAt) =>
        Event(WebhookWire.Cleaned, listId, source, firedAt, [
            Pair(WebhookWire.Data("list_id"), listId),
            .. campaignId is null ? [] : new[] { Pair(WebhookWire.Data("campaign_id"), campaignId) },
            Pair(WebhookWire.Data("reason"), "hard"),
            Pair(WebhookWire.Data("email"), m.EmailAddress)]);

    public static WebhookEvent Upemail(string listId, string source, MemberRecord m, string oldEmail, DateTimeOffset firedAt) =>
        Event(WebhookWire.Upemail, listId, source, firedAt, [
            Pair(WebhookWire.Data("list_id"), listId),
            Pair(WebhookWire.Data("new_id"), m.UniqueEmailId),
            Pair(WebhookWire.Data("new_email"), m.EmailAddress),
            Pair(WebhookWire.Data("old_email"), oldEmail)]);

    public static WebhookEvent Campaign(CampaignRecord campaign, string source, DateTimeOffset firedAt) =>
        Event(WebhookWire.Campaign, campaign.ListId, source, firedAt, [
            Pair(WebhookWire.Data("id"), campaign.Id),
            Pair(WebhookWire.Data("subject"), campaign.Subject),
            Pair(WebhookWire.Data("status"), campaign.Status),
            Pair(WebhookWire.Data("reason"), string.Empty),
            Pair(WebhookWire.Data("list_id"), campaign.ListId)]);

    private static WebhookEvent Event(string type, string listId, string source, DateTimeOffset firedAt, KeyValuePair<string, string>[] data) =>
        new(type, listId, source, [
            Pair("type", type),
            Pair("fired_at", firedAt.UtcDateTime.ToString(WebhookWire.FiredAtFormat, CultureInfo.InvariantCulture)),
            .. data]);

    private static IEnumerable<KeyValuePair<string, string>> Member(string listId, MemberRecord m, bool includeSignup)
    {
        yield return Pair(WebhookWire.Data("id"), m.UniqueEmailId);
        yield return Pair(WebhookWire.Data("email"), m.EmailAddress);
        yield return Pair(WebhookWire.Data("email_type"), m.EmailType);
        yield return Pair(WebhookWire.Data("ip_opt"), m.IpOpt);
        if (includeSignup)
        {
            yield return Pair(WebhookWire.Data("ip_signup"), m.IpSignup);
        }

        yield return Pair(WebhookWire.Data("web_id"), m.WebId.ToString(CultureInfo.InvariantCulture));
        yield return Pair(WebhookWire.Data("list_id"), listId);
    }

    /// <summary><c>data[merges][EMAIL]</c>, each merge field of the audience (an address as its parts), then <c>INTERESTS</c> (group names) when the audience has interests.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Merges(DefinitionSet set, MemberRecord m)
    {
        yield return Pair(WebhookWire.Data("merges", "EMAIL"), m.EmailAddress);
        foreach (var field in set.MergeFields)
        {
            var value = m.MergeFields.GetValueOrDefault(field.Tag);
            if (value is JsonObject parts)
            {
                foreach (var (part, partValue) in parts)
                {
                    yield return Pair(WebhookWire.Data("merges", field.Tag, part), Text(partValue));
                }
            }
            else
            {
                yield return Pair(WebhookWire.Data("merges", field.Tag), value is null ? field.DefaultValue : Text(value));
            }
        }

        if (set.Interests.Count > 0)
        {
            var names = set.Interests.Where(i => m.Interests.GetValueOrDefault(i.Id)).Select(i => i.Name);
            yield return Pair(WebhookWire.Data("merges", "INTERESTS"), string.Join(',', names));
        }
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? string.Empty;

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
