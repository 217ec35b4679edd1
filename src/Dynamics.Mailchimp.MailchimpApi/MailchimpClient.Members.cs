using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Single-member reads and writes, and the member listing.</content>
internal sealed partial class MailchimpClient
{
    private const string MembersCollectionPrefix = "members.";

    public Task<ListMember?> GetMemberAsync(string listId, string emailAddress, CancellationToken cancellationToken = default) =>
        GetOrNullAsync(MailchimpPaths.Member(listId, SubscriberHash.Compute(emailAddress)), MailchimpJsonContext.Default.ListMember, cancellationToken);

    public IAsyncEnumerable<ListMember> GetMembersAsync(string listId, MemberQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new MemberQuery();
        var path = new QueryStringBuilder(MailchimpPaths.Members(listId))
            .Add(MailchimpQueryNames.Status, query.Status?.ToWireValue())
            .Add(MailchimpQueryNames.SinceLastChanged, query.SinceLastChanged is { } since ? MailchimpDateFormat.Format(since) : null)
            .Add(MailchimpQueryNames.SortField, query.SortByLastChanged ? MailchimpQueryNames.LastChanged : null)
            .Add(MailchimpQueryNames.SortDir, query.SortByLastChanged ? MailchimpQueryNames.Ascending : null)
            .Add(MailchimpQueryNames.Fields, BuildFields(query.Fields))
            .Add(MailchimpQueryNames.InterestCategoryId, query.InterestCategoryId)
            .Add(MailchimpQueryNames.InterestIds, JoinInterestIds(query))
            .Add(MailchimpQueryNames.InterestMatch, query.InterestMatch?.ToWireValue())
            .ToString();
        return ReadPagesAsync(
            path,
            MailchimpJsonContext.Default.MemberCollection,
            page => page.Members,
            page => page.TotalItems,
            cancellationToken,
            query.PageSize);
    }

    public Task<ListMember> UpsertMemberAsync(string listId, MemberUpsert member, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        return SendJsonAsync(
            HttpMethod.Put,
            MailchimpPaths.Member(listId, SubscriberHash.Compute(member.EmailAddress)),
            member,
            MailchimpJsonContext.Default.MemberUpsert,
            MailchimpJsonContext.Default.ListMember,
            retrySafePost: false,
            cancellationToken);
    }

    public Task<ListMember> ChangeMemberEmailAsync(string listId, string currentEmailAddress, string newEmailAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newEmailAddress);
        return SendJsonAsync(
            HttpMethod.Patch,
            MailchimpPaths.Member(listId, SubscriberHash.Compute(currentEmailAddress)),
            new MemberEmailChange(newEmailAddress.Trim()),
            MailchimpJsonContext.Default.MemberEmailChange,
            MailchimpJsonContext.Default.ListMember,
            retrySafePost: false,
            cancellationToken);
    }

    public Task ArchiveMemberAsync(string listId, string emailAddress, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(
            new HttpRequestMessage(HttpMethod.Delete, MailchimpPaths.Member(listId, SubscriberHash.Compute(emailAddress))),
            cancellationToken);

    public Task DeleteMemberPermanentlyAsync(string listId, string emailAddress, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(
            new HttpRequestMessage(HttpMethod.Post, MailchimpPaths.MemberDeletePermanent(listId, SubscriberHash.Compute(emailAddress))),
            cancellationToken);

    /// <summary>The <c>interest_ids</c> value; the three interest filters are documented as going together, so a partial set is refused here.</summary>
    private static string? JoinInterestIds(MemberQuery query)
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

    private static string? BuildFields(IReadOnlyList<string>? fields) => fields is null || fields.Count == 0
        ? null
        : string.Join(',', fields.Select(field => MembersCollectionPrefix + field.Trim()).Append(MailchimpQueryNames.TotalItems));
}
