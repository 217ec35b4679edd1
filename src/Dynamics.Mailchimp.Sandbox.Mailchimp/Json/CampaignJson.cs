using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the campaign wire object.</summary>
internal static class CampaignJson
{
    public static JsonObject Build(CampaignRecord c, string listName)
    {
        var opens = c.Activity.Count(a => a.Action == "open");
        var clicks = c.Activity.Count(a => a.Action == "click");
        var uniqueOpens = c.Activity.Where(a => a.Action == "open").Select(a => a.ContactId).Distinct().Count();
        var clickers = c.Activity.Where(a => a.Action == "click").Select(a => a.ContactId).Distinct().Count();
        double Rate(int n) => c.Recipients.Count == 0 ? 0 : (double)n / c.Recipients.Count;
        return new JsonObject
        {
            ["id"] = c.Id,
            ["web_id"] = c.WebId,
            ["type"] = "regular",
            ["create_time"] = Timestamps.Write(c.CreateTime),
            ["archive_url"] = string.Empty,
            ["long_archive_url"] = string.Empty,
            ["status"] = c.Status,
            ["emails_sent"] = c.Recipients.Count,
            ["send_time"] = Timestamps.Write(c.SendTime),
            ["content_type"] = "template",
            ["needs_block_refresh"] = false,
            ["resendable"] = false,
            ["recipients"] = new JsonObject
            {
                ["list_id"] = c.ListId,
                ["list_is_active"] = true,
                ["list_name"] = listName,
                ["segment_text"] = string.Empty,
                ["recipient_count"] = c.Recipients.Count,
            },
            ["settings"] = new JsonObject
            {
                ["subject_line"] = c.Subject,
                ["preview_text"] = string.Empty,
                ["title"] = c.Subject,
                ["from_name"] = "Sandbox",
                ["reply_to"] = "sandbox@example.com",
                ["use_conversation"] = false,
                ["to_name"] = string.Empty,
                ["folder_id"] = string.Empty,
                ["authenticate"] = true,
                ["auto_footer"] = false,
                ["inline_css"] = false,
                ["auto_tweet"] = false,
                ["fb_comments"] = false,
                ["timewarp"] = false,
                ["template_id"] = 0,
                ["drag_and_drop"] = true,
            },
            ["tracking"] = new JsonObject { ["opens"] = true, ["html_clicks"] = true, ["text_clicks"] = false, ["goal_tracking"] = false, ["ecomm360"] = false },
            ["report_summary"] = new JsonObject
            {
                ["opens"] = opens,
                ["unique_opens"] = uniqueOpens,
                ["open_rate"] = Rate(uniqueOpens),
                ["clicks"] = clicks,
                ["subscriber_clicks"] = clickers,
                ["click_rate"] = Rate(clickers),
            },
            ["delivery_status"] = new JsonObject { ["enabled"] = false },
        };
    }
}
