using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.MailchimpApi.Models.Reports;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Sent campaigns and their reports.</content>
public partial interface IMailchimpClient
{
    /// <summary>Streams sent campaigns (<c>GET /campaigns?status=sent&amp;since_send_time=…</c>), oldest first.</summary>
    /// <param name="sinceSendTime">Only campaigns sent at or after this time; <see langword="null"/> for all.</param>
    /// <param name="listId">Only campaigns to this audience; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The campaigns.</returns>
    IAsyncEnumerable<Campaign> GetSentCampaignsAsync(DateTimeOffset? sinceSendTime = null, string? listId = null, CancellationToken cancellationToken = default);

    /// <summary>Streams per-recipient opens, clicks and bounces (<c>GET /reports/{id}/email-activity?since=…</c>).</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="since">Only activity at or after this time; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The activity per recipient.</returns>
    IAsyncEnumerable<EmailActivity> GetEmailActivityAsync(string campaignId, DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>Streams the recipients who unsubscribed from a campaign (<c>GET /reports/{id}/unsubscribed</c>).</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The unsubscribes.</returns>
    IAsyncEnumerable<Unsubscribe> GetUnsubscribesAsync(string campaignId, CancellationToken cancellationToken = default);

    /// <summary>Streams the recipients whose delivery bounced, hard or soft (<c>GET /reports/{id}/sent-to</c>, filtered).</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The bounced recipients.</returns>
    IAsyncEnumerable<SentTo> GetBouncesAsync(string campaignId, CancellationToken cancellationToken = default);
}
