using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the list-member wire object (field names per the official SDKs).</summary>
internal static class MemberJson
{
    /// <summary>The properties in wire order, each with how its value is built.</summary>
    private static readonly (string Name, Func<Source, JsonNode?> Value)[] Properties =
    [
        ("id", s => s.Member.Id),
        ("email_address", s => s.Member.EmailAddress),
        ("unique_email_id", s => s.Member.UniqueEmailId),
        ("contact_id", s => s.Member.ContactId),
        ("full_name", s => FullName(s.Member)),
        ("web_id", s => s.Member.WebId),
        ("email_type", s => s.Member.EmailType),
        ("status", s => s.Member.Status),
        ("merge_fields", s => MergeFields(s.Definitions, s.Member)),
        ("interests", s => Interests(s.Definitions, s.Member)),
        ("stats", _ => new JsonObject { ["avg_open_rate"] = 0, ["avg_click_rate"] = 0 }),
        ("ip_signup", s => s.Member.IpSignup),
        ("timestamp_signup", s => Timestamps.Write(s.Member.TimestampSignup)),
        ("ip_opt", s => s.Member.IpOpt),
        ("timestamp_opt", s => Timestamps.Write(s.Member.TimestampOpt)),
        ("member_rating", _ => 2),
        ("last_changed", s => Timestamps.Write(s.Member.LastChanged)),
        ("language", s => s.Member.Language),
        ("vip", s => s.Member.Vip),
        ("email_client", _ => string.Empty),
        ("location", _ => new JsonObject { ["latitude"] = 0, ["longitude"] = 0, ["gmtoff"] = 0, ["dstoff"] = 0, ["country_code"] = string.Empty, ["timezone"] = string.Empty, ["region"] = string.Empty }),
        ("marketing_permissions", _ => new JsonArray()),
        ("source", s => s.Member.Source),
        ("tags_count", s => s.Tags().Count),
        ("tags", s => new JsonArray([.. s.Tags().Select(t => (JsonNode)new JsonObject { ["id"] = t.Segment.Id, ["name"] = t.Segment.Name })])),
        ("list_id", s => s.ListId),
    ];

    /// <summary>Builds the member object, or only the properties <paramref name="keep"/> leaves (a response's <c>fields</c>; <see cref="FieldFilter"/> still trims it).</summary>
    /// <param name="listId">The list.</param>
    /// <param name="definitions">The audience's merge fields and interests.</param>
    /// <param name="tags">Reads the member's tags; called only when a tag property is built.</param>
    /// <param name="m">The member.</param>
    /// <param name="keep">The <c>fields</c> subtree for the member object, or <see langword="null"/> for every property.</param>
    /// <returns>The wire object.</returns>
    public static JsonObject Build(string listId, DefinitionSet definitions, Func<IReadOnlyList<(SegmentRecord Segment, DateTimeOffset Added)>> tags, MemberRecord m, FieldTree? keep = null)
    {
        var source = new Source(listId, definitions, tags, m);
        var json = new JsonObject();
        foreach (var (name, value) in Properties)
        {
            if (FieldTree.Keeps(keep, name))
            {
                json[name] = value(source);
            }
        }

        if (m.Status == MemberStatus.Unsubscribed && m.UnsubscribeReason is not null && FieldTree.Keeps(keep, "unsubscribe_reason"))
        {
            json["unsubscribe_reason"] = m.UnsubscribeReason;
        }

        return json;
    }

    private static JsonObject MergeFields(DefinitionSet definitions, MemberRecord m)
    {
        var merge = new JsonObject();
        foreach (var field in definitions.MergeFields)
        {
            merge[field.Tag] = m.MergeFields.TryGetValue(field.Tag, out var v) ? v?.DeepClone() : DefaultValue(field);
        }

        return merge;
    }

    private static JsonObject Interests(DefinitionSet definitions, MemberRecord m)
    {
        var interests = new JsonObject();
        foreach (var interest in definitions.Interests)
        {
            interests[interest.Id] = m.Interests.GetValueOrDefault(interest.Id);
        }

        return interests;
    }

    private static JsonNode? DefaultValue(MergeFieldRecord field) =>
        field.Type == "address" ? (JsonNode)string.Empty : field.DefaultValue;

    private static string FullName(MemberRecord m)
    {
        var first = m.MergeFields.GetValueOrDefault("FNAME")?.ToString() ?? string.Empty;
        var last = m.MergeFields.GetValueOrDefault("LNAME")?.ToString() ?? string.Empty;
        return $"{first} {last}".Trim();
    }

    private sealed record Source(string ListId, DefinitionSet Definitions, Func<IReadOnlyList<(SegmentRecord Segment, DateTimeOffset Added)>> ReadTags, MemberRecord Member)
    {
        private IReadOnlyList<(SegmentRecord Segment, DateTimeOffset Added)>? _tags;

        public IReadOnlyList<(SegmentRecord Segment, DateTimeOffset Added)> Tags() => _tags ??= ReadTags();
    }
}
