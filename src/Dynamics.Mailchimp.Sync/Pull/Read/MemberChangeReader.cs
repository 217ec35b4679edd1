using System.Runtime.CompilerServices;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>
/// Streams the members of an audience changed since a checkpoint, page by page, with <c>since_last_changed</c> sorted by
/// <c>last_changed</c> ascending (shared/reference/mailchimp.md §4 "Delta reads"; the Airbyte Mailchimp source reads
/// members the same way: airbytehq/airbyte source-mailchimp streams.py).
/// </summary>
/// <remarks>
/// Mailchimp does not document whether <c>since_last_changed</c> is inclusive; timestamps have whole seconds, so the
/// reader treats it as inclusive and expects to see the boundary's second again (the writes are idempotent). Instead of
/// deep offsets, which skip a member whenever one ahead of the cursor changes during the read, each page starts a new
/// listing from the last <c>last_changed</c> seen (keyset paging): a full page whose members all share the boundary's
/// second cannot move the boundary, so only then does the reader go on with the same listing's next page.
/// One page is held at a time.
/// </remarks>
/// <param name="client">The Mailchimp client.</param>
public sealed class MemberChangeReader(IMailchimpClient client)
{
    private static readonly string[] Fields =
        ["id", "email_address", "status", "last_changed", "unsubscribe_reason", MergeFieldsPrefix + MergeTags.FirstName, MergeFieldsPrefix + MergeTags.LastName];

    private const string MergeFieldsPrefix = "merge_fields.";

    /// <summary>The pages of members changed since <paramref name="since"/>.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="since">The checkpoint; <see langword="null"/> reads every member.</param>
    /// <param name="pageSize">Members per page (at most 1,000).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The pages; each is fetched only when the previous one was consumed.</returns>
    public async IAsyncEnumerable<MemberPage> ReadAsync(string audienceId, DateTimeOffset? since, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var boundary = since;
        var more = true;
        while (more)
        {
            more = false;
            var page = new List<PulledMember>(pageSize);
            var query = new MemberQuery { SinceLastChanged = boundary, PageSize = pageSize, Fields = Fields, SortByLastChanged = true };
            await foreach (var member in client.GetMembersAsync(audienceId, query, cancellationToken).ConfigureAwait(false))
            {
                page.Add(PulledMembers.From(audienceId, member, boundary));
                if (page.Count < pageSize)
                {
                    continue;
                }

                var last = page[^1].LastChanged;
                var moved = boundary is not { } current || last > current;
                yield return new MemberPage(page, moved ? last : boundary);
                page = new List<PulledMember>(pageSize);
                if (moved)
                {
                    // Start a new listing from the last second seen: its members are read again, nothing is skipped.
                    boundary = last;
                    more = true;
                    break;
                }
            }

            if (!more && page.Count > 0)
            {
                yield return new MemberPage(page, Max(boundary, page[^1].LastChanged));
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset? boundary, DateTimeOffset last) => boundary is { } b && b > last ? b : last;
}
