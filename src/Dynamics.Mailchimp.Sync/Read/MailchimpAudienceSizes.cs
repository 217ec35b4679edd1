using Dynamics.Mailchimp.MailchimpApi;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// <see cref="IAudienceSizes"/> over the Mailchimp client: one <c>GET /lists/{id}</c> per audience, its
/// <c>stats.member_count</c> (subscribed members), the base the mass-removal rail takes its share of.
/// </summary>
/// <param name="client">The Mailchimp client.</param>
public sealed class MailchimpAudienceSizes(IMailchimpClient client) : IAudienceSizes
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> ReadAsync(IReadOnlyCollection<string> audienceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audienceIds);
        var ids = audienceIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var lists = await Task.WhenAll(ids.Select(id => client.GetListAsync(id, cancellationToken))).ConfigureAwait(false);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (lists[i] is { } list)
            {
                sizes[ids[i]] = list.Stats?.MemberCount ?? 0;
            }
        }

        return sizes;
    }
}
