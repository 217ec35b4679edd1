using System.Runtime.CompilerServices;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.MailchimpApi.Models.Reports;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Sent campaigns and reports.</content>
internal sealed partial class MailchimpClient
{
    public IAsyncEnumerable<Campaign> GetSentCampaignsAsync(DateTimeOffset? sinceSendTime = null, string? listId = null, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            new QueryStringBuilder(MailchimpPaths.Campaigns)
                .Add(MailchimpQueryNames.Status, MailchimpQueryNames.Sent)
                .Add(MailchimpQueryNames.SinceSendTime, sinceSendTime is { } since ? MailchimpDateFormat.Format(since) : null)
                .Add(MailchimpQueryNames.ListId, listId)
                .Add(MailchimpQueryNames.SortField, MailchimpQueryNames.SendTime)
                .Add(MailchimpQueryNames.SortDir, MailchimpQueryNames.Ascending)
                .ToString(),
            MailchimpJsonContext.Default.CampaignCollection,
            page => page.Campaigns,
            page => page.TotalItems,
            cancellationToken);

    public IAsyncEnumerable<EmailActivity> GetEmailActivityAsync(string campaignId, DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            new QueryStringBuilder(MailchimpPaths.EmailActivity(campaignId))
                .Add(MailchimpQueryNames.Since, since is { } value ? MailchimpDateFormat.Format(value) : null)
                .ToString(),
            MailchimpJsonContext.Default.EmailActivityCollection,
            page => page.Emails,
            page => page.TotalItems,
            cancellationToken);

    public IAsyncEnumerable<Unsubscribe> GetUnsubscribesAsync(string campaignId, CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            MailchimpPaths.Unsubscribed(campaignId),
            MailchimpJsonContext.Default.UnsubscribeCollection,
            page => page.Unsubscribes,
            page => page.TotalItems,
            cancellationToken);

    public async IAsyncEnumerable<SentTo> GetBouncesAsync(string campaignId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var recipients = ReadPagesAsync(
            MailchimpPaths.SentTo(campaignId),
            MailchimpJsonContext.Default.SentToCollection,
            page => page.SentTo,
            page => page.TotalItems,
            cancellationToken);
        await foreach (var recipient in recipients.ConfigureAwait(false))
        {
            if (recipient.IsBounce)
            {
                yield return recipient;
            }
        }
    }
}
