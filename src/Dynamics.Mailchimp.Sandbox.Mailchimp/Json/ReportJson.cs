using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the email-activity, unsubscribed and sent-to report items.</summary>
internal static class ReportJson
{
    public static JsonObject EmailActivity(CampaignRecord c, string email, IEnumerable<ActivityRecord> activity) => new()
    {
        ["campaign_id"] = c.Id,
        ["list_id"] = c.ListId,
        ["list_is_active"] = true,
        ["email_id"] = SubscriberHash.Of(email),
        ["email_address"] = email,
        ["activity"] = new JsonArray([.. activity.Select(a => (JsonNode)Activity(a))]),
    };

    public static JsonObject Unsubscribe(CampaignRecord c, string email, ActivityRecord u, JsonObject? member) => new()
    {
        ["email_id"] = SubscriberHash.Of(email),
        ["email_address"] = email,
        ["merge_fields"] = MergeFields(member),
        ["vip"] = member?["vip"]?.GetValue<bool>() ?? false,
        ["timestamp"] = Timestamps.Write(u.Timestamp),
        ["reason"] = u.Detail,
        ["campaign_id"] = c.Id,
        ["list_id"] = c.ListId,
        ["list_is_active"] = true,
    };

    public static JsonObject SentTo(CampaignRecord c, string contactId, string email, string delivery, JsonObject? member)
    {
        var opens = c.Activity.Where(x => x.ContactId == contactId && x.Action == "open").ToList();
        return new JsonObject
        {
            ["email_id"] = SubscriberHash.Of(email),
            ["email_address"] = email,
            ["merge_fields"] = MergeFields(member),
            ["vip"] = member?["vip"]?.GetValue<bool>() ?? false,
            ["status"] = delivery,
            ["open_count"] = opens.Count,
            ["last_open"] = opens.Count == 0 ? string.Empty : Timestamps.Write(opens.Max(o => o.Timestamp)),
            ["absplit_group"] = string.Empty,
            ["gmt_offset"] = 0,
            ["campaign_id"] = c.Id,
            ["list_id"] = c.ListId,
            ["list_is_active"] = true,
        };
    }

    private static JsonObject Activity(ActivityRecord a)
    {
        var json = new JsonObject { ["action"] = a.Action, ["timestamp"] = Timestamps.Write(a.Timestamp), ["ip"] = "127.0.0.1" };
        if (a.Action == "click")
        {
            json["url"] = a.Url;
        }

        if (a.Action == "bounce")
        {
            json["type"] = a.Detail;
        }

        return json;
    }

    private static JsonObject MergeFields(JsonObject? member) =>
        member?["merge_fields"]?.DeepClone().AsObject() ?? [];
}
