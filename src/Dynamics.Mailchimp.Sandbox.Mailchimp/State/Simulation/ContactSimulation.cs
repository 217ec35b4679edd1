using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Audiences;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Simulation;

/// <summary>What contacts and Mailchimp do outside the API: unsubscribe, bounce, sign up, send, open, click; the first four are webhook events.</summary>
internal sealed class ContactSimulation(StoreContext context, AudienceStore audiences, MemberStore members, MemberRules rules, CampaignStore campaigns, WebhookPublisher webhooks)
{
    public JsonObject Unsubscribe(string listId, string email, string? reason, string? campaignId)
    {
        lock (context.Gate)
        {
            var member = members.MemberLocked(listId, email);
            var now = context.Now();
            member.Status = MemberStatus.Unsubscribed;
            member.ComplianceHold = true;
            member.UnsubscribeReason = string.IsNullOrWhiteSpace(reason) ? "N/A (Unsubscribed by the contact)" : reason;
            member.LastChanged = now;
            var campaign = campaigns.CampaignForLocked(member, campaignId);
            campaign?.Unsubscribes.Add(new ActivityRecord(member.ContactId, "unsub", now, string.Empty, member.UnsubscribeReason));
            webhooks.UnsubscribedLocked(listId, member, campaign?.Id, WebhookWire.User);

            return members.JsonLocked(listId, member);
        }
    }

    public JsonObject Bounce(string listId, string email, bool hard, string? campaignId)
    {
        lock (context.Gate)
        {
            var member = members.MemberLocked(listId, email);
            var now = context.Now();
            if (hard)
            {
                member.Status = MemberStatus.Cleaned;
                member.ComplianceHold = true;
                member.LastChanged = now;
            }

            var campaign = campaigns.CampaignForLocked(member, campaignId);
            if (campaign is not null && campaign.Recipients.ContainsKey(member.ContactId))
            {
                var type = hard ? "hard" : "soft";
                campaign.Activity.Add(new ActivityRecord(member.ContactId, "bounce", now, string.Empty, type));
                campaign.Recipients[member.ContactId] = (campaign.Recipients[member.ContactId].Email, type);
            }

            if (hard)
            {
                webhooks.CleanedLocked(listId, member, campaign?.Id, WebhookWire.User);
            }

            return members.JsonLocked(listId, member);
        }
    }

    /// <summary>The contact's own opt-in (signup form or confirmation link): the only way back from a compliance hold or a permanent delete.</summary>
    public JsonObject SelfSubscribe(string listId, string email)
    {
        lock (context.Gate)
        {
            var book = members.BookLocked(listId);
            book.Forgotten.Remove(SubscriberHash.Of(email));
            if (!book.ByHash.TryGetValue(SubscriberHash.Of(email), out var member))
            {
                var added = webhooks.BeforeWriteLocked(listId, null);
                member = rules.CreateLocked(listId, book, new MemberWrite { EmailAddress = email }, MemberStatus.Subscribed);
                member.Source = "Hosted Signup Form";
                webhooks.AfterWriteLocked(added, member, WebhookWire.User);
                return members.JsonLocked(listId, member);
            }

            var change = webhooks.BeforeWriteLocked(listId, member);
            member.ComplianceHold = false;
            member.UnsubscribeReason = null;
            member.Status = MemberStatus.Subscribed;
            member.TimestampOpt = context.Now();
            member.LastChanged = context.Now();
            webhooks.AfterWriteLocked(change, member, WebhookWire.User);
            return members.JsonLocked(listId, member);
        }
    }

    public JsonObject SendCampaign(string listId, string subject, IReadOnlyList<string>? recipients)
    {
        lock (context.Gate)
        {
            var audience = audiences.AudienceLocked(listId);
            var book = members.BookLocked(listId);
            var now = context.Now();
            var campaign = new CampaignRecord { Id = context.NextHex("campaign", 10), WebId = context.Next(), ListId = audience.Id, ListName = audience.Name, Subject = subject, CreateTime = now, SendTime = now };
            var targets = recipients is null
                ? book.ByHash.Values.Where(m => m.Status == MemberStatus.Subscribed)
                : recipients.Select(e => book.ByHash.GetValueOrDefault(SubscriberHash.Of(e))).OfType<MemberRecord>();
            foreach (var member in targets.OrderBy(m => m.Sequence))
            {
                campaign.Recipients[member.ContactId] = (member.EmailAddress, "sent");
            }

            campaigns.AddLocked(campaign);
            webhooks.CampaignSentLocked(campaign, WebhookWire.Admin);
            return campaigns.GetCampaign(campaign.Id);
        }
    }

    public void RecordActivity(string campaignId, string email, string action, string url)
    {
        lock (context.Gate)
        {
            var campaign = campaigns.CampaignLocked(campaignId);
            var member = members.MemberLocked(campaign.ListId, email);
            if (!campaign.Recipients.ContainsKey(member.ContactId))
            {
                throw new ResourceNotFoundException($"recipient {email} of campaign {campaignId}");
            }

            campaign.Activity.Add(new ActivityRecord(member.ContactId, action, context.Now(), url, string.Empty));
        }
    }

    /// <summary>
    /// Every recipient opens <paramref name="opens"/> times and clicks <paramref name="clicks"/> times, each recipient's
    /// events one second apart and ending now (Mailchimp reports whole seconds), in one step: a large campaign's
    /// engagement without one control call per event.
    /// </summary>
    /// <returns>How many events were recorded.</returns>
    public int Engage(string campaignId, int opens, int clicks, string url)
    {
        lock (context.Gate)
        {
            var campaign = campaigns.CampaignLocked(campaignId);
            var now = context.Now();
            var perRecipient = opens + clicks;
            foreach (var contactId in campaign.Recipients.Keys)
            {
                for (var i = 0; i < perRecipient; i++)
                {
                    var at = now.AddSeconds(i - perRecipient + 1);
                    campaign.Activity.Add(i < opens
                        ? new ActivityRecord(contactId, "open", at, string.Empty, string.Empty)
                        : new ActivityRecord(contactId, "click", at, url, string.Empty));
                }
            }

            return campaign.Recipients.Count * perRecipient;
        }
    }
}
