using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Webhooks;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// Keeps the connector's webhook on each mapped audience, idempotently. The connector's webhook is the one whose URL
/// has the path <c>/webhooks/mailchimp/{audience}/</c>; others (another tool's) are never touched. It is sent for
/// every list event, from subscribers and admins but not from the API (<see cref="WebhookSources.Api"/> off), so the
/// connector's own writes never come back to it.
/// </summary>
/// <param name="client">The Mailchimp client.</param>
public sealed class WebhookRegistrar(IMailchimpClient client)
{
    /// <summary>The events the connector's webhook is sent for: all six.</summary>
    public static readonly WebhookEvents Events = new() { Subscribe = true, Unsubscribe = true, Profile = true, Cleaned = true, Upemail = true, Campaign = true };

    /// <summary>The sources: subscribers and admins, not the API (the loop guard).</summary>
    public static readonly WebhookSources Sources = new() { User = true, Admin = true, Api = false };

    /// <summary>Adds the webhook where it is missing and replaces one of ours that differs; leaves a matching one alone.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="url">The URL to register, secret included.</param>
    /// <param name="dryRun">Reads only, and says what it would do.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>What was done.</returns>
    public async Task<WebhookRegistration> RegisterAsync(string audienceId, Uri url, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = WebhookPaths.Redact(url.AbsoluteUri);
        try
        {
            var ours = (await client.GetWebhooksAsync(audienceId, cancellationToken).ConfigureAwait(false)).Where(w => IsOurs(w, audienceId)).ToArray();
            if (ours.Length == 1 && string.Equals(ours[0].Url, url.AbsoluteUri, StringComparison.Ordinal) && ours[0].Events == Events && ours[0].Sources == Sources)
            {
                return new WebhookRegistration(audienceId, "unchanged", ours[0].Id, shown);
            }

            if (dryRun)
            {
                return new WebhookRegistration(audienceId, ours.Length == 0 ? "created" : "replaced", null, shown);
            }

            // A new URL is added before the old one goes, so a refused add (Mailchimp's check of the URL failed) keeps the
            // webhook that works. The same URL with other settings cannot be added twice: that one goes first.
            var sameUrl = ours.Where(w => string.Equals(w.Url, url.AbsoluteUri, StringComparison.Ordinal)).ToArray();
            foreach (var stale in sameUrl)
            {
                await client.DeleteWebhookAsync(audienceId, stale.Id, cancellationToken).ConfigureAwait(false);
            }

            var created = await client.CreateWebhookAsync(audienceId, new WebhookDefinition(url.AbsoluteUri, Events, Sources), cancellationToken).ConfigureAwait(false);
            foreach (var stale in ours.Except(sameUrl))
            {
                await client.DeleteWebhookAsync(audienceId, stale.Id, cancellationToken).ConfigureAwait(false);
            }

            return new WebhookRegistration(audienceId, ours.Length == 0 ? "created" : "replaced", created.Id, shown);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new WebhookRegistration(audienceId, "failed", null, shown, WebhookPaths.Redact(e.Message));
        }
    }

    /// <summary>Removes the connector's webhooks from an audience.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="dryRun">Reads only.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One entry per webhook removed, or one <c>absent</c> entry.</returns>
    public async Task<IReadOnlyList<WebhookRegistration>> RemoveAsync(string audienceId, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            var ours = (await client.GetWebhooksAsync(audienceId, cancellationToken).ConfigureAwait(false)).Where(w => IsOurs(w, audienceId)).ToArray();
            if (ours.Length == 0)
            {
                return [new WebhookRegistration(audienceId, "absent", null, null)];
            }

            var removed = new List<WebhookRegistration>();
            foreach (var webhook in ours)
            {
                if (!dryRun)
                {
                    await client.DeleteWebhookAsync(audienceId, webhook.Id, cancellationToken).ConfigureAwait(false);
                }

                removed.Add(new WebhookRegistration(audienceId, "removed", webhook.Id, WebhookPaths.Redact(webhook.Url)));
            }

            return removed;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return [new WebhookRegistration(audienceId, "failed", null, null, WebhookPaths.Redact(e.Message))];
        }
    }

    /// <summary>Whether a webhook is the connector's for that audience (its URL's path).</summary>
    /// <param name="webhook">The webhook.</param>
    /// <param name="audienceId">The audience.</param>
    /// <returns><see langword="true"/> for ours.</returns>
    public static bool IsOurs(Webhook webhook, string audienceId)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        return Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url)
            && url.AbsolutePath.Contains($"{WebhookPaths.Prefix}{Uri.EscapeDataString(audienceId)}/", StringComparison.Ordinal);
    }
}
