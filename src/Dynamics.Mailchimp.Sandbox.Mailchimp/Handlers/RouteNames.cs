namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>The route templates of the emulated API, relative to <c>/3.0</c>.</summary>
internal static class RouteNames
{
    public const string Ping = "/ping";
    public const string Lists = "/lists";
    public const string List = "/lists/{list_id}";
    public const string Members = "/lists/{list_id}/members";
    public const string Member = "/lists/{list_id}/members/{subscriber_hash}";
    public const string MemberDeletePermanent = "/lists/{list_id}/members/{subscriber_hash}/actions/delete-permanent";
    public const string MemberTags = "/lists/{list_id}/members/{subscriber_hash}/tags";
    public const string MergeFields = "/lists/{list_id}/merge-fields";
    public const string InterestCategories = "/lists/{list_id}/interest-categories";
    public const string Interests = "/lists/{list_id}/interest-categories/{interest_category_id}/interests";
    public const string Segments = "/lists/{list_id}/segments";
    public const string Segment = "/lists/{list_id}/segments/{segment_id}";
    public const string SegmentMembers = "/lists/{list_id}/segments/{segment_id}/members";
    public const string TagSearch = "/lists/{list_id}/tag-search";
    public const string Campaigns = "/campaigns";
    public const string Campaign = "/campaigns/{campaign_id}";
    public const string EmailActivity = "/reports/{campaign_id}/email-activity";
    public const string Unsubscribed = "/reports/{campaign_id}/unsubscribed";
    public const string SentTo = "/reports/{campaign_id}/sent-to";
}
