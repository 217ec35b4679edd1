using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.Sync.Pull.Activity.Match;
using Dynamics.Mailchimp.Sync.Pull.Activity.Write;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Read;

/// <summary>
/// One campaign: its row, then its events in chunks of about <paramref name="chunkSize"/> (a recipient's events stay in
/// one chunk), each chunk matched to records and handed to the writer before the next page is read.
/// </summary>
/// <param name="mailchimp">The Mailchimp client.</param>
/// <param name="matcher">Finds each member's record.</param>
/// <param name="writer">Sends the rows.</param>
/// <param name="chunkSize">Events per chunk.</param>
internal sealed class CampaignImporter(IMailchimpClient mailchimp, MemberMatcher matcher, ActivityBatchWriter writer, int chunkSize)
{
    private readonly HashSet<string> _unmatchedMembers = new(StringComparer.Ordinal);

    /// <summary>Gets the events whose member matched no record.</summary>
    public int Unmatched { get; private set; }

    /// <summary>Gets the distinct members among them.</summary>
    public int UnmatchedMembers => _unmatchedMembers.Count;

    public async Task ImportAsync(Campaign campaign, ActivityWindow window, CancellationToken cancellationToken)
    {
        var name = campaign.Settings?.SubjectLine is { Length: > 0 } subject ? subject : campaign.Settings?.Title ?? campaign.Id;
        await writer.AddCampaignAsync(ActivityRows.Campaign(campaign), campaign.Id, cancellationToken).ConfigureAwait(false);
        var chunk = new List<EmailEvent>(chunkSize);
        await foreach (var recipient in mailchimp.GetEmailActivityAsync(campaign.Id, window.ReadSince, cancellationToken).ConfigureAwait(false))
        {
            chunk.AddRange(ActivityEventMapper.FromEmailActivity(campaign, recipient, window));
            if (chunk.Count >= chunkSize)
            {
                await WriteAsync(chunk, name, cancellationToken).ConfigureAwait(false);
            }
        }

        await foreach (var unsubscribe in mailchimp.GetUnsubscribesAsync(campaign.Id, cancellationToken).ConfigureAwait(false))
        {
            if (ActivityEventMapper.FromUnsubscribe(campaign, unsubscribe, window) is { } emailEvent)
            {
                chunk.Add(emailEvent);
            }

            if (chunk.Count >= chunkSize)
            {
                await WriteAsync(chunk, name, cancellationToken).ConfigureAwait(false);
            }
        }

        await WriteAsync(chunk, name, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(List<EmailEvent> chunk, string campaignName, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return;
        }

        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var emailEvent in chunk)
        {
            members.TryAdd(emailEvent.MemberId, emailEvent.EmailAddress);
        }

        var matches = await matcher.MatchAsync(members, cancellationToken).ConfigureAwait(false);
        foreach (var emailEvent in chunk)
        {
            if (!matches.TryGetValue(emailEvent.MemberId, out var record))
            {
                Unmatched++;
                _unmatchedMembers.Add(emailEvent.MemberId);
                continue;
            }

            var what = $"the {ActivityRows.Label(emailEvent.Action)} of member {emailEvent.MemberId} in campaign {emailEvent.CampaignId} at {emailEvent.OccurredOn:u}";
            await writer.AddActivityAsync(ActivityRows.Activity(emailEvent, record, campaignName), emailEvent.CampaignId, what, emailEvent.Action, cancellationToken).ConfigureAwait(false);
        }

        chunk.Clear();
    }
}
