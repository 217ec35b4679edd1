using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Benchmarks.Activity;

/// <summary>
/// The <c>serve-activity</c> role: both emulators behind the latency proxies, seeded with one sent campaign whose
/// ceil(N/2) recipients each have a Sent and an Open event (N activity rows to import), every recipient a contact
/// with the same address. Prints <see cref="ServerEndpoints"/> (QueuedChanges = the events) and serves until stdin closes.
/// </summary>
public static class ActivityServer
{
    private const int SubscribeChunk = 500;

    /// <summary>Runs the server.</summary>
    /// <param name="n">The activity events to seed (rounded up to even).</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(int n, CancellationToken cancellationToken) =>
        SandboxServer.ServeAsync((mailchimp, dataverse, ct) => SeedAsync(mailchimp, dataverse, n, ct), cancellationToken);

    private static async Task<int> SeedAsync(MailchimpSandbox mailchimp, DataverseSandbox dataverse, int n, CancellationToken cancellationToken)
    {
        var recipients = (n + 1) / 2;
        var emails = Enumerable.Range(0, recipients).Select(i => string.Create(CultureInfo.InvariantCulture, $"reader{i:D6}@brightfield-labs.com")).ToList();
        var service = dataverse.Organization.CreateService(dataverse.Tokens.AdminUserId);
        foreach (var email in emails)
        {
            service.Create(new Entity(TableNames.Contact) { [PersonFields.LastName] = email[..12], [MemberFields.EmailAddress1] = email });
        }

        await SubscribeAsync(mailchimp, emails, cancellationToken).ConfigureAwait(false);
        var campaignId = mailchimp.Controls.SendCampaign(MailchimpSandboxDefaults.AudienceId, "Benchmark campaign");
        return recipients + mailchimp.Controls.Engage(campaignId, opens: 1, clicks: 0, "https://brightfield-labs.com/");
    }

    private static async Task SubscribeAsync(MailchimpSandbox mailchimp, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = mailchimp.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("benchmark:" + mailchimp.ApiKey)));
        foreach (var chunk in emails.Chunk(SubscribeChunk))
        {
            var body = new { members = chunk.Select(e => new { email_address = e, status = "subscribed" }).ToArray(), update_existing = false };
            using var response = await http.PostAsJsonAsync("lists/" + MailchimpSandboxDefaults.AudienceId, body, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }
}
