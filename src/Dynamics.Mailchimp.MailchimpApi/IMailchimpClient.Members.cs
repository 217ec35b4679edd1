using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Reading and writing audience members.</content>
public partial interface IMailchimpClient
{
    /// <summary>Gets a member by address (<c>GET …/members/{hash}</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="emailAddress">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member (archived ones included), or <see langword="null"/> when not on the list (404).</returns>
    Task<ListMember?> GetMemberAsync(string listId, string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the members of an audience (<c>GET /lists/{id}/members</c>), with <c>since_last_changed</c>,
    /// <c>status</c>, the interest filters (<c>interest_category_id</c>, <c>interest_ids</c>, <c>interest_match</c>)
    /// and <c>fields</c>, paged by <c>offset</c> with up to 1000 per page: N members cost ceil(N / page size) calls.
    /// </summary>
    /// <remarks>
    /// Without a status filter Mailchimp lists members of every status, archived ones included (the listing's
    /// documented status enum has <c>archived</c>).
    /// </remarks>
    /// <param name="listId">The list id.</param>
    /// <param name="query">The filters; <see langword="null"/> reads everyone.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentException">Only some of the three interest filters are set.</exception>
    IAsyncEnumerable<ListMember> GetMembersAsync(string listId, MemberQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Adds or updates one member (<c>PUT …/members/{hash}</c> with <c>status_if_new</c> and optional <c>status</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="member">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member as stored.</returns>
    /// <exception cref="Errors.MailchimpApiException">E.g. titled Member In Compliance State or Forgotten Email Not Subscribed.</exception>
    Task<ListMember> UpsertMemberAsync(string listId, MemberUpsert member, CancellationToken cancellationToken = default);

    /// <summary>Changes a member's address: <c>PATCH</c> the old address's hash with the new <c>email_address</c>.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="currentEmailAddress">The address on the list now.</param>
    /// <param name="newEmailAddress">The new address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renamed member.</returns>
    Task<ListMember> ChangeMemberEmailAsync(string listId, string currentEmailAddress, string newEmailAddress, CancellationToken cancellationToken = default);

    /// <summary>Archives a member (<c>DELETE …/members/{hash}</c>); it can be re-added later.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="emailAddress">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when archived.</returns>
    Task ArchiveMemberAsync(string listId, string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>Erases a member for GDPR (<c>POST …/actions/delete-permanent</c>; irreversible, never retried).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="emailAddress">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when erased.</returns>
    Task DeleteMemberPermanentlyAsync(string listId, string emailAddress, CancellationToken cancellationToken = default);

    /// <summary>One batch subscribe/update call (<c>POST /lists/{id}</c>), at most 500 members.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="members">Up to 500 members.</param>
    /// <param name="updateExisting">Whether existing members are updated (otherwise reported as errors).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Mailchimp's answer, per-member errors included.</returns>
    Task<BatchSubscribeResponse> BatchSubscribeAsync(
        string listId,
        IReadOnlyList<MemberUpsert> members,
        bool updateExisting = true,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds or updates any number of members through batch subscribe, in chunks of at most 500, and returns one
    /// result per input member. A chunk refused as a whole (400/422) marks its members failed; other errors
    /// (auth, missing list, retries exhausted) are thrown, and re-running is safe because the calls are upserts.
    /// </summary>
    /// <param name="listId">The list id.</param>
    /// <param name="members">The members.</param>
    /// <param name="updateExisting">Whether existing members are updated.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One result per input member, in input order.</returns>
    Task<BatchUpsertResult> UpsertMembersAsync(
        string listId,
        IReadOnlyList<MemberUpsert> members,
        bool updateExisting = true,
        CancellationToken cancellationToken = default);
}
