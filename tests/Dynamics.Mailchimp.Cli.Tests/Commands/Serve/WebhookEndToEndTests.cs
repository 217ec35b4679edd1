using System.Diagnostics;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Serve;

/// <summary>
/// Issue #13 "Show", end to end with the sandbox delivering: <c>webhooks register</c> adds the webhook (Mailchimp's
/// sandbox checks the URL with a GET), the person unsubscribes in Mailchimp while <c>dmc serve</c> runs, and the
/// contact's fields and, in a Customer Insights – Journeys org, its consent record change with no <c>sync</c> run.
/// </summary>
public sealed class WebhookEndToEndTests(ITestOutputHelper log)
{
    private const string Email = "yvonne.mckay@contoso-coffee.com";

    [Fact]
    public async Task Serve_UnsubscribeInMailchimpJourneysOrg_ContactAndConsentRecordChangeWithoutSync_AndOwnWritesDoNotLoop()
    {
        // Arrange: a Journeys org whose audience maps to a purpose; the list is synced; serve runs; the webhook is registered.
        await using var serve = await ServeHarness.StartAsync(await PullSandboxes.StartAsync(new DataverseSandboxOptions { JourneysConsent = true }));
        var sandboxes = serve.Sandboxes;
        var purpose = JourneysOrgRows.MapAudienceToPurpose(sandboxes);
        Assert.Equal(ExitCodes.Success, (await serve.RunJsonAsync("sync")).Exit);
        await serve.ServeAsync();
        var (registered, json, _) = await serve.RunJsonAsync("webhooks", "register", "--public-url", serve.Address.ToString());
        Assert.Equal(ExitCodes.Success, registered);
        Assert.Equal("created", json.GetProperty("webhooks")[0].GetProperty("action").GetString());
        var yvonne = sandboxes.Contact(sandboxes.Seed.ContactIds[0]);

        // Act: the person unsubscribes in Mailchimp; the sandbox delivers to dmc serve.
        var watch = Stopwatch.StartNew();
        await sandboxes.SimulateAsync("unsubscribe", Email);
        await sandboxes.Mailchimp.Webhooks.WaitForIdleAsync(CancellationToken.None);
        watch.Stop();

        // Assert: delivered once and answered 200 after the write; the contact and its consent record follow.
        log.WriteLine($"unsubscribe to CRM written: {watch.Elapsed.TotalMilliseconds:0} ms");
        var delivery = Assert.Single(sandboxes.Mailchimp.Webhooks.Deliveries);
        Assert.Equal(("unsubscribe", 200), (delivery.Type, delivery.Status));
        var contact = sandboxes.Contact(yvonne.Id);
        Assert.True(contact.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail));
        Assert.True(contact.GetAttributeValue<bool>(MemberFields.DoNotSendMarketingMaterials));
        var consent = Assert.Single(JourneysOrgRows.Consents(sandboxes, Email));
        Assert.Equal(JourneysOrgRows.OptedOut, consent.GetAttributeValue<OptionSetValue>("msdynmkt_value").Value);
        Assert.Equal(purpose, consent.GetAttributeValue<EntityReference>("msdynmkt_purposeid").Id);

        // Act 2: a CRM change the push writes to Mailchimp over the API.
        await sandboxes.UpdateContactAsync(sandboxes.Seed.ContactIds[1], new Dictionary<string, object> { ["firstname"] = "Renamed" });
        Assert.Equal(ExitCodes.Success, (await serve.RunJsonAsync("push")).Exit);
        await sandboxes.Mailchimp.Webhooks.WaitForIdleAsync(CancellationToken.None);

        // Assert 2: the connector's own write is not delivered back (the webhook has no API source).
        Assert.Single(sandboxes.Mailchimp.Webhooks.Deliveries);
        var (_, served) = await serve.StopAsync();
        Assert.Equal(1, served.GetProperty("served").GetProperty("applied").GetInt32());
    }

    [Fact]
    public async Task Webhooks_RegisterTwiceListRemove_IsIdempotentHidesTheSecretAndLeavesOtherToolsAlone()
    {
        // Arrange: serve runs; another tool has its own webhook on the audience.
        await using var serve = await ServeHarness.StartAsync();
        await serve.ServeAsync();
        var other = await AddOtherToolsWebhookAsync(serve);
        var publicUrl = serve.Address.ToString();
        var secret = WebhookSecrets.For(ServeHarness.Key, ServeHarness.Audience);

        // Act
        var first = await serve.RunJsonAsync("webhooks", "register", "--public-url", publicUrl);
        var second = await serve.RunJsonAsync("webhooks", "register", "--public-url", publicUrl);
        var listed = await serve.RunJsonAsync("webhooks", "list");
        var removed = await serve.RunJsonAsync("webhooks", "remove");
        var after = await serve.RunJsonAsync("webhooks", "list");

        // Assert
        Assert.Equal("created", Action(first.Json));
        Assert.Equal("unchanged", Action(second.Json));
        var rows = listed.Json.GetProperty("webhooks").EnumerateArray().ToArray();
        Assert.Equal(["other", "ours"], rows.Select(r => r.GetProperty("action").GetString()).Order(StringComparer.Ordinal));
        Assert.EndsWith("/***", rows.Single(r => r.GetProperty("action").GetString() == "ours").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("removed", Action(removed.Json));
        Assert.Equal([other], after.Json.GetProperty("webhooks").EnumerateArray().Select(r => r.GetProperty("webhookId").GetString()));
        foreach (var text in new[] { first.Text, second.Text, listed.Text, removed.Text, serve.LogText() })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ServeHarness.Key, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WebhooksRegister_KeyRotated_FailsUntilServeHasTheNewKey_ThenReplacesTheOldWebhook()
    {
        // Arrange: registered under one key; the admin rotates the key in the settings.
        await using var serve = await ServeHarness.StartAsync();
        await serve.ServeAsync();
        Assert.Equal("created", Action((await serve.RunJsonAsync("webhooks", "register", "--public-url", serve.Address.ToString())).Json));
        var settings = await File.ReadAllTextAsync(serve.SettingsFile);
        await File.WriteAllTextAsync(serve.SettingsFile, settings.Replace(ServeHarness.Key, ServeHarness.Key + "-rotated", StringComparison.Ordinal));

        // Act 1: register while the running receiver still has the old key: Mailchimp's check of the new URL gets 404.
        var early = await serve.RunJsonAsync("webhooks", "register", "--public-url", serve.Address.ToString());

        // Act 2: the receiver is restarted with the new key, then register runs again.
        await serve.StopAsync();
        await serve.ServeAsync();
        var rotated = await serve.RunJsonAsync("webhooks", "register", "--public-url", serve.Address.ToString());
        var listed = await serve.RunJsonAsync("webhooks", "list");

        // Assert: the first attempt failed and left the old webhook; the second replaced it with the new URL.
        Assert.Equal((ExitCodes.ItemsFailed, "failed"), (early.Exit, Action(early.Json)));
        Assert.Equal((ExitCodes.Success, "replaced"), (rotated.Exit, Action(rotated.Json)));
        var ours = Assert.Single(listed.Json.GetProperty("webhooks").EnumerateArray(), r => r.GetProperty("action").GetString() == "ours");
        Assert.Equal(rotated.Json.GetProperty("webhooks")[0].GetProperty("webhookId").GetString(), ours.GetProperty("webhookId").GetString());
    }

    private static string? Action(JsonElement json) => json.GetProperty("webhooks")[0].GetProperty("action").GetString();

    private static async Task<string> AddOtherToolsWebhookAsync(ServeHarness serve)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.Sandboxes.Mailchimp.BaseAddress, $"lists/{MailchimpSandboxDefaults.AudienceId}/webhooks"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { url = new Uri(serve.Address, "/health").ToString() }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("any:" + serve.Sandboxes.Mailchimp.ApiKey)));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }
}
