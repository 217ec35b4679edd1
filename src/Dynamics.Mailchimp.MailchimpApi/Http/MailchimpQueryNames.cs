namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>Query-string parameter names and fixed values.</summary>
internal static class MailchimpQueryNames
{
    public const string Count = "count";
    public const string Offset = "offset";
    public const string Fields = "fields";
    public const string Status = "status";
    public const string Type = "type";
    public const string SinceLastChanged = "since_last_changed";
    public const string SinceSendTime = "since_send_time";
    public const string Since = "since";
    public const string ListId = "list_id";
    public const string SortField = "sort_field";
    public const string SortDir = "sort_dir";
    public const string TotalItems = "total_items";
    public const string InterestCategoryId = "interest_category_id";
    public const string InterestIds = "interest_ids";
    public const string InterestMatch = "interest_match";
    public const string IncludeCleaned = "include_cleaned";
    public const string IncludeTransactional = "include_transactional";
    public const string IncludeUnsubscribed = "include_unsubscribed";

    public const string LastChanged = "last_changed";
    public const string SendTime = "send_time";
    public const string Ascending = "ASC";
    public const string Static = "static";
    public const string Sent = "sent";
    public const string True = "true";
}
