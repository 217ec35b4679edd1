using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>
/// Turns member and campaign changes into list events and queues them for each webhook that wants them. Called by the
/// stores under their lock, so events are queued in the order the changes happened; delivery itself runs in the
/// background (<see cref="WebhookDispatcher"/>) and never holds up the write.
/// </summary>
internal sealed class WebhookPublisher(StoreContext context, WebhookStore hooks, DefinitionStore definitions, WebhookDispatcher dispatcher)
{
    /// <summary>Captures a member before a write; <see langword="null"/> when the list has no webhook (nothing to compare).</summary>
    public MemberChange? BeforeWriteLocked(string listId, MemberRecord? member) =>
        hooks.AnyLocked(listId) ? MemberChange.Of(listId, member) : null;

    /// <summary>
    /// Queues what a write did: <c>subscribe</c> when the member became (or was added) subscribed, <c>unsubscribe</c> when
    /// it became unsubscribed, <c>upemail</c> when the address changed, and <c>profile</c> when profile fields changed and
    /// the status did not move between subscribed and unsubscribed (the sandbox's choice: one status event per write).
    /// </summary>
    public void AfterWriteLocked(MemberChange? change, MemberRecord after, string source)
    {
        if (change is null)
        {
            return;
        }

        var listId = change.ListId;
        var set = definitions.SetLocked(listId);
        var now = context.Now();
        var statusEvent = change.Status != after.Status && after.Status is MemberStatus.Subscribed or MemberStatus.Unsubscribed;
        if (statusEvent)
        {
            Publish(after.Status == MemberStatus.Subscribed
                ? WebhookPayloads.Subscribe(listId, source, set, after, now)
                : WebhookPayloads.Unsubscribe(listId, source, set, after, null, now));
        }

        if (change.IsNew)
        {
            return;
        }

        if (!string.Equals(change.Email, after.EmailAddress, StringComparison.OrdinalIgnoreCase))
        {
            Publish(WebhookPayloads.Upemail(listId, source, after, change.Email!, now));
        }

        if (!statusEvent && change.Profile != MemberChange.ProfileOf(after))
        {
            Publish(WebhookPayloads.Profile(listId, source, set, after, now));
        }
    }

    /// <summary>The contact unsubscribed themselves (e.g. from a campaign's footer).</summary>
    public void UnsubscribedLocked(string listId, MemberRecord member, string? campaignId, string source)
    {
        if (hooks.AnyLocked(listId))
        {
            Publish(WebhookPayloads.Unsubscribe(listId, source, definitions.SetLocked(listId), member, campaignId, context.Now()));
        }
    }

    /// <summary>A hard bounce cleaned the member.</summary>
    public void CleanedLocked(string listId, MemberRecord member, string? campaignId, string source)
    {
        if (hooks.AnyLocked(listId))
        {
            Publish(WebhookPayloads.Cleaned(listId, source, member, campaignId, context.Now()));
        }
    }

    /// <summary>A campaign was sent to the list.</summary>
    public void CampaignSentLocked(CampaignRecord campaign, string source)
    {
        if (hooks.AnyLocked(campaign.ListId))
        {
            Publish(WebhookPayloads.Campaign(campaign, source, context.Now()));
        }
    }

    private void Publish(WebhookEvent e)
    {
        foreach (var webhook in hooks.MatchingLocked(e.ListId, e.Type, e.Source))
        {
            dispatcher.Enqueue(webhook.Id, webhook.Url, e);
        }
    }
}
