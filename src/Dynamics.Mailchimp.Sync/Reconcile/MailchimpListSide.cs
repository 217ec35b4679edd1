using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// A list's Mailchimp side over the API, a page of 1,000 a call: a tag's static-segment members of every status
/// (<c>include_cleaned</c>, <c>include_unsubscribed</c>, <c>include_transactional</c>); an interest's members
/// (<c>interest_category_id</c>, <c>interest_ids</c>, <c>interest_match=any</c>; the category is found through the
/// audience's categories and their interests, a few calls); the audience's members. Archived members are left out:
/// they are not on the audience any more. Only the fields the diff needs are asked for.
/// </summary>
/// <param name="client">The Mailchimp client.</param>
public sealed class MailchimpListSide(IMailchimpClient client) : IMailchimpListSide
{
    private const int PageSize = 1000;

    /// <inheritdoc />
    public async Task<MailchimpSide> ReadAsync(ListMapping list, IReadOnlyCollection<string>? mergeTags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var fields = mergeTags is null ? new[] { "email_address", "status" } : ["email_address", "status", "merge_fields"];
        var side = new MailchimpSide();
        var members = await MembersAsync(list, fields, cancellationToken).ConfigureAwait(false);
        if (members is null)
        {
            return side;
        }

        await foreach (var member in members.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (member.Status is { } status and not MemberStatus.Archived && member.EmailAddress.Length > 0)
            {
                side.Add(new MailchimpMember(member.EmailAddress, status, mergeTags is null ? null : MergeFields(member, mergeTags)));
            }
        }

        return side;
    }

    private async Task<IAsyncEnumerable<ListMember>?> MembersAsync(ListMapping list, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        switch (list.Target?.Kind)
        {
            case ListTargetKind.Tag:
                var tag = await client.FindTagAsync(list.AudienceId, list.Target.Name!, cancellationToken).ConfigureAwait(false);
                return tag is null ? null : client.GetSegmentMembersAsync(list.AudienceId, tag.Id, SegmentMemberQuery.AllStatuses with { Fields = fields, PageSize = PageSize }, cancellationToken);
            case ListTargetKind.Interest:
                var category = await CategoryOfAsync(list.AudienceId, list.Target.Name!, cancellationToken).ConfigureAwait(false);
                return category is null ? null : client.GetMembersAsync(
                    list.AudienceId,
                    new MemberQuery { Fields = fields, PageSize = PageSize, SortByLastChanged = false, InterestCategoryId = category, InterestIds = [list.Target.Name!], InterestMatch = InterestMatch.Any },
                    cancellationToken);
            default:
                return client.GetMembersAsync(list.AudienceId, new MemberQuery { Fields = fields, PageSize = PageSize, SortByLastChanged = false }, cancellationToken);
        }
    }

    private async Task<string?> CategoryOfAsync(string audienceId, string interestId, CancellationToken cancellationToken)
    {
        await foreach (var category in client.GetInterestCategoriesAsync(audienceId, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var interest in client.GetInterestsAsync(audienceId, category.Id, cancellationToken).ConfigureAwait(false))
            {
                if (interest.Id == interestId)
                {
                    return category.Id;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> MergeFields(ListMember member, IReadOnlyCollection<string> tags)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            if (member.MergeFields?.FirstOrDefault(pair => string.Equals(pair.Key, tag, StringComparison.OrdinalIgnoreCase)) is { Key: not null } pair)
            {
                fields[tag] = pair.Value.ValueKind == System.Text.Json.JsonValueKind.String ? pair.Value.GetString() ?? string.Empty : pair.Value.ToString();
            }
        }

        return fields;
    }
}
