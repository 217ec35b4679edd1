using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Tags, managed in bulk through their static segments.</content>
public partial interface IMailchimpClient
{
    /// <summary>Streams the static segments (tags) of an audience (<c>GET /lists/{id}/segments?type=static</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The tags.</returns>
    IAsyncEnumerable<Segment> GetTagsAsync(string listId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the members of a static segment, i.e. of a tag (<c>GET /lists/{id}/segments/{segment_id}/members</c>),
    /// paged by <c>offset</c> with up to 1000 per page: N members cost ceil(N / page size) calls (one when empty).
    /// </summary>
    /// <remarks>
    /// Mailchimp lists subscribed and pending members by default; cleaned, unsubscribed and transactional ones only
    /// with the matching <see cref="SegmentMemberQuery"/> flag (<see cref="SegmentMemberQuery.AllStatuses"/> sets all
    /// three). Archived members are never listed. The items carry the documented segment-member fields, a subset of
    /// the list-member ones (no <c>contact_id</c>, <c>tags</c>, <c>web_id</c>).
    /// </remarks>
    /// <param name="listId">The list id.</param>
    /// <param name="segmentId">The segment (tag) id, e.g. from <see cref="FindTagAsync"/>.</param>
    /// <param name="query">Fields, page size and statuses; <see langword="null"/> uses Mailchimp's defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The members; a page is requested only when the previous one was consumed.</returns>
    IAsyncEnumerable<ListMember> GetSegmentMembersAsync(string listId, long segmentId, SegmentMemberQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Finds a tag by name, ignoring case.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="tagName">The tag name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tag's segment, or <see langword="null"/>.</returns>
    Task<Segment?> FindTagAsync(string listId, string tagName, CancellationToken cancellationToken = default);

    /// <summary>Finds a tag, creating it as an empty static segment when missing (the create is never retried).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="tagName">The tag name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tag's segment.</returns>
    Task<Segment> EnsureTagAsync(string listId, string tagName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds and removes a tag for many addresses (<c>POST /lists/{id}/segments/{segment_id}</c>, at most 500 of each
    /// per call), creating the tag if needed. Returns one result per address; a chunk refused as a whole (400/422)
    /// marks its addresses failed.
    /// </summary>
    /// <param name="listId">The list id.</param>
    /// <param name="tagName">The tag name.</param>
    /// <param name="emailsToAdd">Addresses that get the tag.</param>
    /// <param name="emailsToRemove">Addresses that lose the tag.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The per-address results.</returns>
    Task<TagUpdateResult> UpdateTagMembersAsync(
        string listId,
        string tagName,
        IReadOnlyList<string> emailsToAdd,
        IReadOnlyList<string> emailsToRemove,
        CancellationToken cancellationToken = default);
}
