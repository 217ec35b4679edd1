using Dynamics.Mailchimp.MailchimpApi.Batching;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Tags through static segments.</content>
internal sealed partial class MailchimpClient
{
    private const string SegmentUpdateFields =
        "members_added.email_address,members_removed.email_address,errors,total_added,total_removed,error_count";

    public IAsyncEnumerable<Segment> GetTagsAsync(string listId, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            new QueryStringBuilder(MailchimpPaths.Segments(listId)).Add(MailchimpQueryNames.Type, MailchimpQueryNames.Static).ToString(),
            MailchimpJsonContext.Default.SegmentCollection,
            page => page.Segments,
            page => page.TotalItems,
            cancellationToken);

    public IAsyncEnumerable<ListMember> GetSegmentMembersAsync(string listId, long segmentId, SegmentMemberQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new SegmentMemberQuery();
        return ReadPagesAsync(
            MemberListingPaths.SegmentMembers(listId, segmentId, query),
            MailchimpJsonContext.Default.SegmentMemberCollection,
            page => page.Members,
            page => page.TotalItems,
            cancellationToken,
            query.PageSize);
    }

    public async Task<Segment?> FindTagAsync(string listId, string tagName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        var name = tagName.Trim();
        await foreach (var segment in GetTagsAsync(listId, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(segment.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return segment;
            }
        }

        return null;
    }

    public async Task<Segment> EnsureTagAsync(string listId, string tagName, CancellationToken cancellationToken = default) =>
        (await EnsureTagCoreAsync(listId, tagName, cancellationToken).ConfigureAwait(false)).Tag;

    public async Task<TagUpdateResult> UpdateTagMembersAsync(
        string listId,
        string tagName,
        IReadOnlyList<string> emailsToAdd,
        IReadOnlyList<string> emailsToRemove,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emailsToAdd);
        ArgumentNullException.ThrowIfNull(emailsToRemove);
        var (tag, created) = await EnsureTagCoreAsync(listId, tagName, cancellationToken).ConfigureAwait(false);
        var adds = emailsToAdd.Chunk(options.BatchSize).ToArray();
        var removes = emailsToRemove.Chunk(options.BatchSize).ToArray();
        var added = new List<TagMemberResult>(emailsToAdd.Count);
        var removed = new List<TagMemberResult>(emailsToRemove.Count);
        var calls = Math.Max(adds.Length, removes.Length);
        for (var call = 0; call < calls; call++)
        {
            string[] add = call < adds.Length ? adds[call] : [];
            string[] remove = call < removes.Length ? removes[call] : [];
            try
            {
                // Adding or removing addresses is idempotent, so this POST is retry-safe.
                var response = await SendJsonAsync(
                    HttpMethod.Post,
                    new QueryStringBuilder(MailchimpPaths.Segment(listId, tag.Id)).Add(MailchimpQueryNames.Fields, SegmentUpdateFields).ToString(),
                    new SegmentMembersChange(add, remove),
                    MailchimpJsonContext.Default.SegmentMembersChange,
                    MailchimpJsonContext.Default.SegmentMembersResponse,
                    retrySafePost: true,
                    cancellationToken).ConfigureAwait(false);
                added.AddRange(TagResultMatcher.Match(add, TagAction.Add, response));
                removed.AddRange(TagResultMatcher.Match(remove, TagAction.Remove, response));
                LogTagChunk(logger, tag.Name, listId, response.TotalAdded, response.TotalRemoved, response.ErrorCount);
            }
            catch (MailchimpApiException exception) when (IsRequestRefused(exception))
            {
                LogChunkRefused(logger, add.Length + remove.Length, listId, (int)exception.StatusCode, exception.Title);
                added.AddRange(TagResultMatcher.FailAll(add, TagAction.Add, Describe(exception)));
                removed.AddRange(TagResultMatcher.FailAll(remove, TagAction.Remove, Describe(exception)));
            }
        }

        return new TagUpdateResult(tag, created, [.. added, .. removed], calls);
    }

    private async Task<(Segment Tag, bool Created)> EnsureTagCoreAsync(string listId, string tagName, CancellationToken cancellationToken)
    {
        var existing = await FindTagAsync(listId, tagName, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }

        var created = await SendJsonAsync(
            HttpMethod.Post,
            MailchimpPaths.Segments(listId),
            new StaticSegmentCreate(tagName.Trim(), []),
            MailchimpJsonContext.Default.StaticSegmentCreate,
            MailchimpJsonContext.Default.Segment,
            retrySafePost: false,
            cancellationToken).ConfigureAwait(false);
        LogTagCreated(logger, created.Name, created.Id, listId);
        return (created, true);
    }
}
