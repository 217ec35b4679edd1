namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>Resource paths, relative to the <c>…/3.0/</c> base address. Ids are escaped here, once.</summary>
internal static class MailchimpPaths
{
    public const string Ping = "ping";
    public const string Lists = "lists";
    public const string Campaigns = "campaigns";

    public static string List(string listId) => $"lists/{Escape(listId)}";

    public static string MergeFields(string listId) => $"{List(listId)}/merge-fields";

    public static string InterestCategories(string listId) => $"{List(listId)}/interest-categories";

    public static string Interests(string listId, string categoryId) => $"{InterestCategories(listId)}/{Escape(categoryId)}/interests";

    public static string Members(string listId) => $"{List(listId)}/members";

    public static string Member(string listId, string subscriberHash) => $"{Members(listId)}/{Escape(subscriberHash)}";

    public static string MemberDeletePermanent(string listId, string subscriberHash) => $"{Member(listId, subscriberHash)}/actions/delete-permanent";

    public static string Segments(string listId) => $"{List(listId)}/segments";

    public static string Segment(string listId, long segmentId) => $"{Segments(listId)}/{segmentId}";

    public static string SegmentMembers(string listId, long segmentId) => $"{Segment(listId, segmentId)}/members";

    public static string Webhooks(string listId) => $"{List(listId)}/webhooks";

    public static string Webhook(string listId, string webhookId) => $"{Webhooks(listId)}/{Escape(webhookId)}";

    public static string EmailActivity(string campaignId) => $"reports/{Escape(campaignId)}/email-activity";

    public static string Unsubscribed(string campaignId) => $"reports/{Escape(campaignId)}/unsubscribed";

    public static string SentTo(string campaignId) => $"reports/{Escape(campaignId)}/sent-to";

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }
}
