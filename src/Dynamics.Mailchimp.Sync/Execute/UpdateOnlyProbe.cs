using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Finds which update-only addresses are members (any status but archived), so that only those go into batch subscribe,
/// which would otherwise create the rest. Of the two ways, it takes the one with fewer calls: one <c>GET</c> per address,
/// or one <c>GET /lists/{id}</c> plus the audience's member pages (1,000 a page, only address and status).
/// </summary>
/// <remarks>
/// Chosen over a <c>PATCH</c> per member through <c>POST /batches</c>: that would need a batch-operations client (submit,
/// poll, download and unpack the results archive), and its poll count depends on Mailchimp's queue rather than on N.
/// A member archived or deleted between this read and the upsert would be created; the window is the run's few seconds.
/// An archived member counts as absent: batch subscribe would bring it back.
/// </remarks>
internal sealed class UpdateOnlyProbe(IMailchimpClient client)
{
    public const int MemberPageSize = MailchimpClientDefaults.MaxPageSize;

    private static readonly string[] ProbeFields = ["email_address", "status"];

    /// <summary>Returns the normalized addresses, among <paramref name="emails"/>, that are members of the audience.</summary>
    public async Task<IReadOnlySet<string>> FindMembersAsync(string audienceId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var wanted = emails.Select(SubscriberHash.Normalize).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return wanted;
        }

        // Paging costs the list read plus at least one page: worth asking only from three addresses on.
        if (wanted.Count > 2)
        {
            var list = await client.GetListAsync(audienceId, cancellationToken).ConfigureAwait(false);
            var stats = list?.Stats;
            var size = stats is null ? long.MaxValue - MemberPageSize : (long)stats.MemberCount + stats.UnsubscribeCount + stats.CleanedCount;
            var pages = Math.Max(1, (size + MemberPageSize - 1) / MemberPageSize);
            if (pages < wanted.Count)
            {
                return await PageAsync(audienceId, wanted, cancellationToken).ConfigureAwait(false);
            }
        }

        return await GetEachAsync(audienceId, wanted, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsPresent(MemberStatus? status) => status is not null and not MemberStatus.Archived;

    private async Task<IReadOnlySet<string>> PageAsync(string audienceId, HashSet<string> wanted, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var query = new MemberQuery { Fields = ProbeFields, PageSize = MemberPageSize, SortByLastChanged = false };
        await foreach (var member in client.GetMembersAsync(audienceId, query, cancellationToken).ConfigureAwait(false))
        {
            var address = SubscriberHash.Normalize(member.EmailAddress);
            if (wanted.Contains(address) && IsPresent(member.Status))
            {
                found.Add(address);
            }
        }

        return found;
    }

    private async Task<IReadOnlySet<string>> GetEachAsync(string audienceId, HashSet<string> wanted, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        await CallFanOut.ForEachAsync(wanted, async (address, token) =>
        {
            var member = await client.GetMemberAsync(audienceId, address, token).ConfigureAwait(false);
            if (IsPresent(member?.Status))
            {
                lock (found)
                {
                    found.Add(address);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return found;
    }
}
