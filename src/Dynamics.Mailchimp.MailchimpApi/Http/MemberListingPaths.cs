using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>
/// The paths, with their query strings, of the two member listings: an audience's members and a segment's (tag's)
/// members. Paging (<c>count</c>, <c>offset</c>) is added by the pager.
/// </summary>
internal static class MemberListingPaths
{
    private const string MembersCollectionPrefix = "members.";

    /// <summary><c>GET /lists/{id}/members</c> with the filters of <paramref name="query"/>.</summary>
    /// <exception cref="ArgumentException">Only some of the three interest filters are set.</exception>
    public static string Members(string listId, MemberQuery query) =>
        new QueryStringBuilder(MailchimpPaths.Members(listId))
            .Add(MailchimpQueryNames.Status, query.Status?.ToWireValue())
            .Add(MailchimpQueryNames.SinceLastChanged, query.SinceLastChanged is { } since ? MailchimpDateFormat.Format(since) : null)
            .Add(MailchimpQueryNames.SortField, query.SortByLastChanged ? MailchimpQueryNames.LastChanged : null)
            .Add(MailchimpQueryNames.SortDir, query.SortByLastChanged ? MailchimpQueryNames.Ascending : null)
            .Add(MailchimpQueryNames.Fields, Fields(query.Fields))
            .Add(MailchimpQueryNames.InterestCategoryId, query.InterestCategoryId)
            .Add(MailchimpQueryNames.InterestIds, InterestIds(query))
            .Add(MailchimpQueryNames.InterestMatch, query.InterestMatch?.ToWireValue())
            .ToString();

    /// <summary><c>GET /lists/{id}/segments/{segment_id}/members</c> with the fields and status flags of <paramref name="query"/>.</summary>
    public static string SegmentMembers(string listId, long segmentId, SegmentMemberQuery query) =>
        new QueryStringBuilder(MailchimpPaths.SegmentMembers(listId, segmentId))
            .Add(MailchimpQueryNames.Fields, Fields(query.Fields))
            .Add(MailchimpQueryNames.IncludeCleaned, query.IncludeCleaned ? MailchimpQueryNames.True : null)
            .Add(MailchimpQueryNames.IncludeTransactional, query.IncludeTransactional ? MailchimpQueryNames.True : null)
            .Add(MailchimpQueryNames.IncludeUnsubscribed, query.IncludeUnsubscribed ? MailchimpQueryNames.True : null)
            .ToString();

    /// <summary>The member fields, each prefixed <c>members.</c>, plus <c>total_items</c> (which the pager needs).</summary>
    private static string? Fields(IReadOnlyList<string>? fields) => fields is null || fields.Count == 0
        ? null
        : string.Join(',', fields.Select(field => MembersCollectionPrefix + field.Trim()).Append(MailchimpQueryNames.TotalItems));

    /// <summary>The <c>interest_ids</c> value; the three interest filters are documented as going together, so a partial set is refused.</summary>
    private static string? InterestIds(MemberQuery query)
    {
        var hasIds = query.InterestIds is { Count: > 0 };
        var given = (query.InterestCategoryId is not null ? 1 : 0) + (hasIds ? 1 : 0) + (query.InterestMatch is not null ? 1 : 0);
        if (given == 0)
        {
            return null;
        }

        if (given < 3 || string.IsNullOrWhiteSpace(query.InterestCategoryId))
        {
            throw new ArgumentException(
                "A member listing filters by interest only with InterestCategoryId, InterestIds and InterestMatch together; set all three or none.",
                nameof(query));
        }

        return string.Join(',', query.InterestIds!.Select(id => id.Trim()));
    }
}
