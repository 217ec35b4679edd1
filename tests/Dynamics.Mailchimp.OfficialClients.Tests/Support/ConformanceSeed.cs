using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;

namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>What the conformance script needs that only Mailchimp itself can create: a sent campaign with an open,
/// a click and a self-unsubscribe. Seeded through the sandbox controls.</summary>
/// <param name="ListId">The audience.</param>
/// <param name="CampaignId">The sent campaign.</param>
/// <param name="SentSince">An ISO 8601 time at or before the campaign's send time.</param>
/// <param name="OpenedEmail">The recipient who opened and clicked (still subscribed).</param>
/// <param name="ClickUrl">The URL that recipient clicked.</param>
/// <param name="UnsubscribedEmail">The recipient who unsubscribed themselves from the campaign.</param>
public sealed record ConformanceSeed(
    string ListId,
    string CampaignId,
    string SentSince,
    string OpenedEmail,
    string ClickUrl,
    string UnsubscribedEmail)
{
    private const string Opened = "ada.lovelace@brightfield-labs.com";
    private const string Unsubscribed = "grace.hopper@brightfield-labs.com";
    private const string Url = "https://example.com/offers/official-client";

    /// <summary>Seeds the default audience through <paramref name="controls"/>.</summary>
    /// <param name="controls">The sandbox controls.</param>
    /// <param name="now">The current time (the campaign is sent after it).</param>
    /// <returns>The ids and addresses the script needs.</returns>
    public static ConformanceSeed Apply(SandboxControls controls, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(controls);
        const string listId = MailchimpSandboxDefaults.AudienceId;
        var sentSince = now.ToUniversalTime().AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        controls.SubscribeAsContact(listId, Opened);
        controls.SubscribeAsContact(listId, Unsubscribed);
        var campaignId = controls.SendCampaign(listId, "Official client conformance", [Opened, Unsubscribed]);
        controls.Open(campaignId, Opened);
        controls.Click(campaignId, Opened, Url);
        controls.Unsubscribe(listId, Unsubscribed, campaignId: campaignId);
        return new ConformanceSeed(listId, campaignId, sentSince, Opened, Url, Unsubscribed);
    }

    /// <summary>Builds the script's environment variables.</summary>
    /// <param name="baseAddress">The sandbox API base address.</param>
    /// <param name="apiKey">The sandbox API key.</param>
    /// <returns>The variables.</returns>
    public IReadOnlyDictionary<string, string> ToEnvironment(Uri baseAddress, string apiKey) => new Dictionary<string, string>
    {
        ["MC_BASE_URL"] = baseAddress.ToString(),
        ["MC_API_KEY"] = apiKey,
        ["MC_LIST_ID"] = ListId,
        ["MC_CAMPAIGN_ID"] = CampaignId,
        ["MC_SENT_SINCE"] = SentSince,
        ["MC_OPENED_EMAIL"] = OpenedEmail,
        ["MC_CLICK_URL"] = ClickUrl,
        ["MC_UNSUBSCRIBED_EMAIL"] = UnsubscribedEmail,
    };
}
