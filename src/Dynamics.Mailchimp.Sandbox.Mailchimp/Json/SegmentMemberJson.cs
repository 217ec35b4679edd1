using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>
/// A member as <c>GET /lists/{list_id}/segments/{segment_id}/members</c> lists it: the list-member object cut to the
/// documented segment-member fields. Mailchimp's schema for this endpoint has no <c>contact_id</c>, <c>web_id</c>,
/// <c>unsubscribe_reason</c>, <c>marketing_permissions</c>, <c>source</c>, <c>tags_count</c> or <c>tags</c>.
/// </summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/ (response schema as in the
/// official spec 3.0.55, api-evangelist/mailchimp openapi/mailchimp-segments-api-openapi.yml).
/// </remarks>
internal static class SegmentMemberJson
{
    private static readonly HashSet<string> Documented = new(StringComparer.Ordinal)
    {
        "id", "email_address", "full_name", "unique_email_id", "email_type", "status", "merge_fields", "interests", "stats",
        "ip_signup", "timestamp_signup", "ip_opt", "timestamp_opt", "member_rating", "last_changed", "language", "vip",
        "email_client", "location", "last_note", "list_id",
    };

    /// <summary>Removes the fields the segment-member schema does not have from a list-member object and returns it.</summary>
    public static JsonObject From(JsonObject listMember)
    {
        foreach (var name in listMember.Select(p => p.Key).Where(name => !Documented.Contains(name)).ToList())
        {
            listMember.Remove(name);
        }

        return listMember;
    }
}
