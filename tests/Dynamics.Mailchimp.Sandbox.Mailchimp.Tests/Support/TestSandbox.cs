using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>A started sandbox with a fake clock and an authenticated client, fresh per test.</summary>
internal sealed class TestSandbox : IAsyncDisposable
{
    public const string ListId = MailchimpSandboxDefaults.AudienceId;

    private readonly CancellationTokenSource _timeout;

    private TestSandbox(MailchimpSandbox sandbox, FakeTimeProvider time, CancellationTokenSource timeout)
    {
        _timeout = timeout;
        Sandbox = sandbox;
        Time = time;
        Client = new HttpClient { BaseAddress = sandbox.BaseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + sandbox.ApiKey)));
        Controls = new HttpClient { BaseAddress = sandbox.ControlsAddress };
    }

    public MailchimpSandbox Sandbox { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public HttpClient Controls { get; }

    /// <summary>Gets a token that ends a hung test after 30 seconds (xunit 2 has no per-test token).</summary>
    public CancellationToken Ct => _timeout.Token;

    public static async Task<TestSandbox> StartAsync(Action<MailchimpSandboxOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var options = new MailchimpSandboxOptions { TimeProvider = time };
        configure?.Invoke(options);
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return new TestSandbox(await MailchimpSandbox.StartAsync(options, timeout.Token), time, timeout);
    }

    public async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is JsonNode node
                ? new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        var response = await (client ?? Client).SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<(HttpResponseMessage Response, JsonNode? Body)> PatchAsync(string path, object body) => SendAsync(HttpMethod.Patch, path, body);

    /// <summary>Adds a member through the API and fails the test if it is refused.</summary>
    public async Task<JsonNode> AddMemberAsync(string email, string status = "subscribed", object? mergeFields = null)
    {
        var (response, body) = await PostAsync($"lists/{ListId}/members", new { email_address = email, status, merge_fields = mergeFields ?? new { } });
        Assert.True(response.IsSuccessStatusCode, $"Adding {email} failed: {body}");
        return body!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Controls.Dispose();
        await Sandbox.DisposeAsync();
        _timeout.Dispose();
    }
}
