using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the audience (list) wire object.</summary>
internal static class ListJson
{
    public static JsonObject Build(AudienceRecord a, Func<string, int> memberCount, int mergeFieldCount, int campaignCount)
    {
        return new JsonObject
        {
            ["id"] = a.Id,
            ["web_id"] = a.WebId,
            ["name"] = a.Name,
            ["contact"] = new JsonObject { ["company"] = "Sandbox", ["address1"] = "1 Loopback Way", ["address2"] = string.Empty, ["city"] = "Localhost", ["state"] = string.Empty, ["zip"] = "00000", ["country"] = "US", ["phone"] = string.Empty },
            ["permission_reminder"] = "You signed up in the sandbox.",
            ["use_archive_bar"] = true,
            ["campaign_defaults"] = new JsonObject { ["from_name"] = "Sandbox", ["from_email"] = "sandbox@example.com", ["subject"] = string.Empty, ["language"] = "en" },
            ["notify_on_subscribe"] = string.Empty,
            ["notify_on_unsubscribe"] = string.Empty,
            ["date_created"] = Timestamps.Write(a.DateCreated),
            ["list_rating"] = 0,
            ["email_type_option"] = false,
            ["subscribe_url_short"] = string.Empty,
            ["subscribe_url_long"] = string.Empty,
            ["beamer_address"] = string.Empty,
            ["visibility"] = "prv",
            ["double_optin"] = false,
            ["has_welcome"] = false,
            ["marketing_permissions"] = false,
            ["modules"] = new JsonArray(),
            ["stats"] = new JsonObject
            {
                ["member_count"] = memberCount(MemberStatus.Subscribed),
                ["unsubscribe_count"] = memberCount(MemberStatus.Unsubscribed),
                ["cleaned_count"] = memberCount(MemberStatus.Cleaned),
                ["member_count_since_send"] = 0,
                ["unsubscribe_count_since_send"] = 0,
                ["cleaned_count_since_send"] = 0,
                ["campaign_count"] = campaignCount,
                ["merge_field_count"] = mergeFieldCount,
                ["avg_sub_rate"] = 0,
                ["avg_unsub_rate"] = 0,
                ["target_sub_rate"] = 0,
                ["open_rate"] = 0,
                ["click_rate"] = 0,
            },
        };
    }
}
