using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Builds the email-activity, unsubscribed and sent-to report items.</summary>
internal static class ReportJson
{
    public static JsonObject EmailActivity(CampaignRecord c, string uniqueId, string email, IEnumerable<ActivityRecord> activity) => new()
    {
        ["campaign_id"] = c.Id,
        ["list_id"] = c.ListId,
        ["list_is_active"] = true,
        ["email_id"] = SubscriberHash.Of(email),
        ["email_address"] = email,
        ["activity"] = new JsonArray([.. activity.Select(a => (JsonNode)Activity(a))]),
    };

    public static JsonObject Unsubscribe(CampaignRecord c, string email, ActivityRecord u, MemberRecord? m, AudienceState a) => new()
    {
        ["email_id"] = SubscriberHash.Of(email),
        ["email_address"] = email,
        ["merge_fields"] = m is null ? new JsonObject() : MergeFields(a, m),
        ["vip"] = m?.Vip ?? false,
        ["timestamp"] = Timestamps.Write(u.Timestamp),
        ["reason"] = u.Detail,
        ["campaign_id"] = c.Id,
        ["list_id"] = c.ListId,
        ["list_is_active"] = true,
    };

    public static JsonObject SentTo(CampaignRecord c, string uniqueId, string email, string delivery, MemberRecord? m, AudienceState a)
    {
        var opens = c.Activity.Where(x => x.UniqueEmailId == uniqueId && x.Action == "open").ToList();
        return new JsonObject
        {
            ["email_id"] = SubscriberHash.Of(email),
            ["email_address"] = email,
            ["merge_fields"] = m is null ? new JsonObject() : MergeFields(a, m),
            ["vip"] = m?.Vip ?? false,
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

    private static JsonObject MergeFields(AudienceState a, MemberRecord m) =>
        MemberJson.Build(a, m)["merge_fields"]!.AsObject().DeepClone().AsObject();
}
