using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// What people do on the Mailchimp side, through the sandbox's controls (the in-process form of <c>POST /_sandbox/…</c>):
/// a campaign is sent to a segment, some recipients open it and click, a few unsubscribe from it, one address bounces
/// hard, and someone who had unsubscribed opts in again.
/// </summary>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
public sealed class DemoEvents(MailchimpSandbox mailchimp)
{
    /// <summary>The link recipients click.</summary>
    public const string Url = "https://contoso-coffee.com/spring-release";

    private const int OpenEvery = 3;
    private const int ClickEvery = 10;
    private const int Unsubscribes = 3;

    /// <summary>Makes the events; each one is one line of the report (queue rows 0: nothing in Mailchimp queues a row).</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="recipients">Who the campaign goes to (at least 10 addresses, all subscribed).</param>
    /// <param name="resubscriber">An address that had unsubscribed and now opts in again.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<DemoChange> Simulate(string audienceId, IReadOnlyList<string> recipients, string resubscriber)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var controls = mailchimp.Controls;
        var campaign = controls.SendCampaign(audienceId, "Product updates: the spring release", recipients);
        var opened = recipients.Where((_, i) => i % OpenEvery == 0).ToArray();
        foreach (var email in opened)
        {
            controls.Open(campaign, email);
        }

        var clicked = recipients.Where((_, i) => i % ClickEvery == 0).ToArray();
        foreach (var email in clicked)
        {
            controls.Click(campaign, email, Url);
        }

        var leaving = recipients.Skip(1).Take(Unsubscribes).ToArray();
        foreach (var email in leaving)
        {
            controls.Unsubscribe(audienceId, email, "No longer interested", campaign);
        }

        var bounced = recipients[1 + Unsubscribes];
        controls.Bounce(audienceId, bounced, hard: true, campaign);
        controls.SubscribeAsContact(audienceId, resubscriber);
        return
        [
            new($"Send the campaign \"Product updates: the spring release\" to {Number(recipients.Count)} members", recipients.Count, 0),
            new($"{Number(opened.Length)} recipients open it, {Number(clicked.Length)} click a link", opened.Length, 0),
            new($"{leaving.Length} recipients unsubscribe from it", leaving.Length, 0),
            new("1 address bounces hard (Mailchimp cleans it)", 1, 0),
            new("1 person who had unsubscribed opts in again", 1, 0),
        ];
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
