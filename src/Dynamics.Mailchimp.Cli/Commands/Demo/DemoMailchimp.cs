using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// The demo's Mailchimp side, over the sandbox's API with its key (the way an admin sets up an audience): the interest
/// the product-updates list maps to, a person who already unsubscribed, and a count of the audience by status, tag and
/// interest for the before/after view.
/// </summary>
public sealed class DemoMailchimp : IDisposable
{
    private const int PageSize = 1000;
    private readonly MailchimpSandbox _sandbox;
    private readonly HttpClient _http;

    /// <summary>Initializes a new instance of the <see cref="DemoMailchimp"/> class.</summary>
    /// <param name="sandbox">The running sandbox.</param>
    public DemoMailchimp(MailchimpSandbox sandbox)
    {
        _sandbox = sandbox;
        _http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("demo:" + sandbox.ApiKey)));
    }

    /// <summary>Creates an interest category holding one interest and returns the interest's id.</summary>
    public async Task<string> CreateInterestAsync(string audienceId, string category, string interest, CancellationToken cancellationToken)
    {
        var created = await PostAsync($"lists/{audienceId}/interest-categories", new { title = category, type = "checkboxes" }, cancellationToken).ConfigureAwait(false);
        var categoryId = created.GetProperty("id").GetString();
        var made = await PostAsync($"lists/{audienceId}/interest-categories/{categoryId}/interests", new { name = interest }, cancellationToken).ConfigureAwait(false);
        return made.GetProperty("id").GetString()!;
    }

    /// <summary>Adds <paramref name="email"/> as subscribed, then has the person unsubscribe themselves (the sandbox's control).</summary>
    public async Task AddSelfUnsubscribedAsync(string audienceId, string email, CancellationToken cancellationToken)
    {
        await PostAsync($"lists/{audienceId}/members", new { email_address = email, status = "subscribed" }, cancellationToken).ConfigureAwait(false);
        _sandbox.Controls.Unsubscribe(audienceId, email, "Signed up at a webinar, then unsubscribed from the first email");
    }

    /// <summary>The person unsubscribes themselves (for someone already in the audience).</summary>
    public void Unsubscribe(string audienceId, string email) => _sandbox.Controls.Unsubscribe(audienceId, email);

    /// <summary>Counts the audience's members by status, with the tag and the interest.</summary>
    public async Task<AudienceSnapshot> SnapshotAsync(string audienceId, string tagName, string interestId, CancellationToken cancellationToken)
    {
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var (tagged, interested, offset, total) = (0, 0, 0, int.MaxValue);
        while (offset < total)
        {
            var path = $"lists/{audienceId}/members?count={PageSize}&offset={offset}&fields=total_items,members.status,members.tags,members.interests";
            using var page = JsonDocument.Parse(await _http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false));
            total = page.RootElement.GetProperty("total_items").GetInt32();
            var members = page.RootElement.GetProperty("members");
            foreach (var member in members.EnumerateArray())
            {
                var status = member.GetProperty("status").GetString()!;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                tagged += member.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetProperty("name").GetString() == tagName) ? 1 : 0;
                interested += member.TryGetProperty("interests", out var interests) && interests.TryGetProperty(interestId, out var on) && on.GetBoolean() ? 1 : 0;
            }

            offset += PageSize;
            if (members.GetArrayLength() == 0)
            {
                break;
            }
        }

        return new AudienceSnapshot(statuses, tagged, interested);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The demo is not in the published, natively compiled dmc (DmcJobOnly); it runs on the JIT, where reflection-based serialization works.")]
    private async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoSetupException($"Mailchimp sandbox refused POST {path}: {(int)response.StatusCode} {text}");
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }
}
