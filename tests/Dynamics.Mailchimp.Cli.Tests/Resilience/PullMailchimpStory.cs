using System.Net.Http.Headers;
using System.Text;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// The Mailchimp side of the pull kill test, after the checkpoint, on the sandbox's <see cref="PullScenarioClock"/>:
/// two campaigns, then each member's change (unsubscribes reported on the last campaign the member got, hard bounces
/// likewise, archives, re-subscribes).
/// </summary>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
/// <param name="audienceId">The audience.</param>
/// <param name="clock">The sandbox's clock.</param>
internal sealed class PullMailchimpStory(MailchimpSandbox mailchimp, string audienceId, PullScenarioClock clock)
{
    private const string Url = "https://brightfield-labs.com/autumn";
    private const int SmallCampaignRecipients = 200;
    private const int LargeCampaignRecipients = 1_100;
    private const int ChangesPerSecond = 3;

    /// <summary>
    /// Sends the two campaigns: 200 recipients who open and click, then 1,100 (half of the first's among them, over two
    /// report pages) who do not engage.
    /// </summary>
    /// <param name="subscribed">The subscribed addresses, in order.</param>
    /// <returns>The campaigns, in send order.</returns>
    public IReadOnlyList<PullScenarioCampaign> SendCampaigns(IReadOnlyList<string> subscribed)
    {
        var controls = mailchimp.Controls;
        var small = subscribed.Take(SmallCampaignRecipients).ToArray();
        var large = subscribed.Skip(SmallCampaignRecipients / 2).Take(LargeCampaignRecipients).ToArray();
        return [Send("Spring news", small, opens: 1, clicks: 1), Send("Autumn news", large, opens: 0, clicks: 0)];

        PullScenarioCampaign Send(string subject, IReadOnlyList<string> recipients, int opens, int clicks)
        {
            var sentAt = clock.GetUtcNow();
            var id = controls.SendCampaign(audienceId, subject, recipients);
            clock.Advance(TimeSpan.FromMinutes(5));
            controls.Engage(id, opens, clicks, Url);
            var engagedAt = clock.GetUtcNow();
            clock.Advance(TimeSpan.FromMinutes(5));
            return new PullScenarioCampaign(id, sentAt, recipients, opens, clicks, engagedAt);
        }
    }

    /// <summary>
    /// Plays each member's change, three a second, in member order; an unchanged member keeps the checkpoint's second.
    /// </summary>
    /// <param name="groups">Each contact, its address, its group and its twin.</param>
    /// <param name="checkpoint">The checkpoint's second.</param>
    /// <returns>Every contact with its member's <c>last_changed</c>, twins after theirs.</returns>
    public async Task<IReadOnlyList<PullScenarioRecord>> ChangeAsync(IReadOnlyList<(Guid Id, string Email, PullMemberGroup Group, Guid? Twin)> groups, DateTimeOffset checkpoint)
    {
        using var http = new HttpClient { BaseAddress = mailchimp.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + mailchimp.ApiKey)));
        var records = new List<PullScenarioRecord>();
        var changes = 0;
        foreach (var (id, email, group, twin) in groups)
        {
            var at = checkpoint;
            if (group != PullMemberGroup.Unchanged)
            {
                if (changes++ % ChangesPerSecond == 0)
                {
                    clock.Advance(TimeSpan.FromSeconds(1));
                }

                at = clock.GetUtcNow();
                await ChangeOneAsync(http, email, group);
            }

            records.Add(new PullScenarioRecord(id, email, group, Twin: false, at));
            if (twin is { } twinId)
            {
                records.Add(new PullScenarioRecord(twinId, email, group, Twin: true, at));
            }
        }

        return records;
    }

    // Through the controls what the person or Mailchimp does; an archive is an admin's API call.
    private async Task ChangeOneAsync(HttpClient http, string email, PullMemberGroup group)
    {
        var controls = mailchimp.Controls;
        switch (group)
        {
            case PullMemberGroup.Unsubscribed:
                controls.Unsubscribe(audienceId, email);
                break;
            case PullMemberGroup.Cleaned:
                controls.Bounce(audienceId, email, hard: true);
                break;
            case PullMemberGroup.Resubscribed:
                controls.SubscribeAsContact(audienceId, email);
                break;
            default:
                using (var response = await http.DeleteAsync(new Uri($"lists/{audienceId}/members/{SubscriberHash.Compute(email)}", UriKind.Relative)))
                {
                    response.EnsureSuccessStatusCode();
                }

                break;
        }
    }
}
