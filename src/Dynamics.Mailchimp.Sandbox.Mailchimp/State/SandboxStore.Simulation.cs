using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>What contacts and Mailchimp do outside the API: unsubscribe, bounce, sign up, send, open, click.</summary>
internal sealed partial class SandboxStore
{
    public JsonObject Unsubscribe(string listId, string email, string? reason, string? campaignId)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = Member(audience, email);
            var now = Now();
            member.Status = MemberStatus.Unsubscribed;
            member.ComplianceHold = true;
            member.UnsubscribeReason = string.IsNullOrWhiteSpace(reason) ? "N/A (Unsubscribed by the contact)" : reason;
            member.LastChanged = now;
            if (CampaignFor(member, campaignId) is { } campaign)
            {
                campaign.Unsubscribes.Add(new ActivityRecord(member.UniqueEmailId, "unsub", now, string.Empty, member.UnsubscribeReason));
            }

            return MemberJson.Build(audience, member);
        }
    }

    public JsonObject Bounce(string listId, string email, bool hard, string? campaignId)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = Member(audience, email);
            var now = Now();
            if (hard)
            {
                member.Status = MemberStatus.Cleaned;
                member.ComplianceHold = true;
                member.LastChanged = now;
            }

            if (CampaignFor(member, campaignId) is { } campaign && campaign.Recipients.ContainsKey(member.UniqueEmailId))
            {
                var type = hard ? "hard" : "soft";
                campaign.Activity.Add(new ActivityRecord(member.UniqueEmailId, "bounce", now, string.Empty, type));
                campaign.Recipients[member.UniqueEmailId] = (campaign.Recipients[member.UniqueEmailId].Email, type);
            }

            return MemberJson.Build(audience, member);
        }
    }

    /// <summary>The contact's own opt-in (signup form or confirmation link): the only way back from a compliance hold or a permanent delete.</summary>
    public JsonObject SelfSubscribe(string listId, string email)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            audience.Forgotten.Remove(SubscriberHash.Of(email));
            if (!audience.Members.TryGetValue(SubscriberHash.Of(email), out var member))
            {
                member = CreateMemberLocked(audience, new MemberWrite { EmailAddress = email }, MemberStatus.Subscribed);
                member.Source = "Hosted Signup Form";
                return MemberJson.Build(audience, member);
            }

            member.ComplianceHold = false;
            member.UnsubscribeReason = null;
            member.Status = MemberStatus.Subscribed;
            member.TimestampOpt = Now();
            member.LastChanged = Now();
            return MemberJson.Build(audience, member);
        }
    }

    public JsonObject SendCampaign(string listId, string subject, IReadOnlyList<string>? recipients)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var now = Now();
            var campaign = new CampaignRecord { Id = NextHex("campaign", 10), WebId = Next(), ListId = audience.Id, Subject = subject, CreateTime = now, SendTime = now };
            var targets = recipients is null
                ? audience.Members.Values.Where(m => m.Status == MemberStatus.Subscribed)
                : recipients.Select(e => audience.Members.GetValueOrDefault(SubscriberHash.Of(e))).OfType<MemberRecord>();
            foreach (var member in targets.OrderBy(m => m.Sequence))
            {
                campaign.Recipients[member.UniqueEmailId] = (member.EmailAddress, "sent");
            }

            _campaigns.Add(campaign);
            return CampaignJsonLocked(campaign);
        }
    }

    public void RecordActivity(string campaignId, string email, string action, string url)
    {
        lock (_gate)
        {
            var campaign = Campaign(campaignId);
            var member = Member(Audience(campaign.ListId), email);
            if (!campaign.Recipients.ContainsKey(member.UniqueEmailId))
            {
                throw new ResourceNotFoundException($"recipient {email} of campaign {campaignId}");
            }

            campaign.Activity.Add(new ActivityRecord(member.UniqueEmailId, action, Now(), url, string.Empty));
        }
    }

    private CampaignRecord? CampaignFor(MemberRecord member, string? campaignId) =>
        campaignId is not null
            ? Campaign(campaignId)
            : _campaigns.LastOrDefault(c => c.Recipients.ContainsKey(member.UniqueEmailId));
}
