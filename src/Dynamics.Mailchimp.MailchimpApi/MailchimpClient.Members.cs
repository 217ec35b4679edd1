using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Single-member reads and writes, and the member listing.</content>
internal sealed partial class MailchimpClient
{
    public Task<ListMember?> GetMemberAsync(string listId, string emailAddress, CancellationToken cancellationToken = default) =>
        GetOrNullAsync(MailchimpPaths.Member(listId, SubscriberHash.Compute(emailAddress)), MailchimpJsonContext.Default.ListMember, cancellationToken);

    public IAsyncEnumerable<ListMember> GetMembersAsync(string listId, MemberQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new MemberQuery();
        return ReadPagesAsync(
            MemberListingPaths.Members(listId, query),
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
}
