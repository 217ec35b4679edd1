using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the list-member wire object (field names per the official SDKs).</summary>
internal static class MemberJson
{
    public static JsonObject Build(string listId, DefinitionSet definitions, IReadOnlyList<(SegmentRecord Segment, DateTimeOffset Added)> tags, MemberRecord m)
    {
        var merge = new JsonObject();
        foreach (var field in definitions.MergeFields)
        {
            merge[field.Tag] = m.MergeFields.TryGetValue(field.Tag, out var v) ? v?.DeepClone() : DefaultValue(field);
        }

        var interests = new JsonObject();
        foreach (var interest in definitions.Interests)
        {
            interests[interest.Id] = m.Interests.GetValueOrDefault(interest.Id);
        }

        var json = new JsonObject
        {
            ["id"] = m.Id,
            ["email_address"] = m.EmailAddress,
            ["unique_email_id"] = m.UniqueEmailId,
            ["contact_id"] = m.ContactId,
            ["full_name"] = FullName(m),
            ["web_id"] = m.WebId,
            ["email_type"] = m.EmailType,
            ["status"] = m.Status,
            ["merge_fields"] = merge,
            ["interests"] = interests,
            ["stats"] = new JsonObject { ["avg_open_rate"] = 0, ["avg_click_rate"] = 0 },
            ["ip_signup"] = m.IpSignup,
            ["timestamp_signup"] = Timestamps.Write(m.TimestampSignup),
            ["ip_opt"] = m.IpOpt,
            ["timestamp_opt"] = Timestamps.Write(m.TimestampOpt),
            ["member_rating"] = 2,
            ["last_changed"] = Timestamps.Write(m.LastChanged),
            ["language"] = m.Language,
            ["vip"] = m.Vip,
            ["email_client"] = string.Empty,
            ["location"] = new JsonObject { ["latitude"] = 0, ["longitude"] = 0, ["gmtoff"] = 0, ["dstoff"] = 0, ["country_code"] = string.Empty, ["timezone"] = string.Empty, ["region"] = string.Empty },
            ["marketing_permissions"] = new JsonArray(),
            ["source"] = m.Source,
            ["tags_count"] = tags.Count,
            ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)new JsonObject { ["id"] = t.Segment.Id, ["name"] = t.Segment.Name })]),
            ["list_id"] = listId,
        };
        if (m.Status == MemberStatus.Unsubscribed && m.UnsubscribeReason is not null)
        {
            json["unsubscribe_reason"] = m.UnsubscribeReason;
        }

        return json;
    }

    private static JsonNode? DefaultValue(MergeFieldRecord field) =>
        field.Type == "address" ? (JsonNode)string.Empty : field.DefaultValue;

    private static string FullName(MemberRecord m)
    {
        var first = m.MergeFields.GetValueOrDefault("FNAME")?.ToString() ?? string.Empty;
        var last = m.MergeFields.GetValueOrDefault("LNAME")?.ToString() ?? string.Empty;
        return $"{first} {last}".Trim();
    }
}
