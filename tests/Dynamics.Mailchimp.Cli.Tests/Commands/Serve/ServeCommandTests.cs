using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Serve;

/// <summary>
/// Issue #13 "Show": every webhook event type applied by <c>dmc serve</c> through the pull's rules, with no <c>sync</c>
/// run; the secret check; duplicate and out-of-order deliveries; and that neither the key, the URL secret nor an address
/// reaches the logs.
/// </summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private const int Subscribed = 100000000;
    private const int Unsubscribed = 100000001;
    private const int Cleaned = 100000002;
    private const string Email = "yvonne.mckay@contoso-coffee.com";
    private ServeHarness _serve = null!;

    public async Task InitializeAsync()
    {
        _serve = await ServeHarness.StartAsync();
        var (exit, _, _) = await _serve.RunJsonAsync("sync");
        Assert.Equal(ExitCodes.Success, exit);
    }

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    private Guid Yvonne => _serve.Sandboxes.Seed.ContactIds[0];

    [Fact]
    public async Task Serve_UnsubscribeDelivery_ContactOptedOutAndLoggedWithoutSync()
    {
        // Arrange: the person unsubscribes in Mailchimp.
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        using var response = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));

        // Assert: answered after the write; the contact's consent columns and log follow.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContact(Yvonne, optedOut: true, Unsubscribed);
        Assert.Contains(_serve.Sandboxes.ConsentEvents(Yvonne), e => e.GetAttributeValue<string>("dmc_field") == MemberFields.DoNotBulkEmail);
        var (exit, json) = await _serve.StopAsync();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("served").GetProperty("applied").GetInt32());
    }

    [Fact]
    public async Task Serve_DuplicateDelivery_ChangesAndLogsNothingMore()
    {
        // Arrange
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);
        using var first = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));
        var logged = _serve.Sandboxes.ConsentEvents(Yvonne).Count;

        // Act
        using var again = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));

        // Assert
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(logged, _serve.Sandboxes.ConsentEvents(Yvonne).Count);
        var (_, json) = await _serve.StopAsync();
        Assert.Equal(1, json.GetProperty("served").GetProperty("applied").GetInt32());
        Assert.Equal(1, json.GetProperty("served").GetProperty("noChange").GetInt32());
    }

    [Fact]
    public async Task Serve_OlderSubscribeDeliveredAfterUnsubscribe_EndsUnsubscribedAsMailchimpIs()
    {
        // Arrange: the person unsubscribed last; Mailchimp's older "subscribe" delivery arrives after the "unsubscribe" one.
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);
        using var newer = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email, "2026-11-30 04:00:05"));

        // Act
        using var older = await _serve.DeliverAsync(WebhookForms.Member("subscribe", Email, "2026-11-30 04:00:01"));

        // Assert: the member is re-read, so the late event cannot undo the opt-out.
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        AssertContact(Yvonne, optedOut: true, Unsubscribed);
    }

    [Fact]
    public async Task Serve_SubscribeAfterUnsubscribe_ResubscribesTheContact()
    {
        // Arrange
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);
        using var unsubscribed = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));
        await _serve.Sandboxes.SimulateAsync("subscribe", Email);

        // Act
        using var response = await _serve.DeliverAsync(WebhookForms.Member("subscribe", Email, "2026-11-30 04:01:00"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContact(Yvonne, optedOut: false, Subscribed);
    }

    [Fact]
    public async Task Serve_CleanedDelivery_StoresCleaned()
    {
        // Arrange: a hard bounce cleans the address in Mailchimp.
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("bounce", Email);

        // Act
        using var response = await _serve.DeliverAsync(WebhookForms.Cleaned(Email));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Cleaned, _serve.Sandboxes.Contact(Yvonne).GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value);
    }

    [Fact]
    public async Task Serve_ProfileAndCampaignDeliveries_AreAnsweredWithoutChanges()
    {
        // Arrange
        await _serve.ServeAsync();

        // Act
        using var profile = await _serve.DeliverAsync(WebhookForms.Member("profile", Email));
        using var campaign = await _serve.DeliverAsync(WebhookForms.Campaign());

        // Assert
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, campaign.StatusCode);
        AssertContact(Yvonne, optedOut: false, Subscribed);
        var (_, json) = await _serve.StopAsync();
        Assert.Equal(1, json.GetProperty("served").GetProperty("noChange").GetInt32());
        Assert.Equal(1, json.GetProperty("served").GetProperty("campaignNoted").GetInt32());
    }

    [Fact]
    public async Task Serve_EmailChangedThenUnsubscribed_ReachesTheRecordWithTheOldAddress()
    {
        // Arrange: the person changes their address in Mailchimp, then unsubscribes under the new one.
        await _serve.ServeAsync();
        const string newEmail = "yvonne.mckay@fabrikam-home.com";
        await _serve.Sandboxes.ChangeEmailAsync(Email, newEmail);
        await _serve.Sandboxes.SimulateAsync("unsubscribe", newEmail);

        // Act
        using var response = await _serve.DeliverAsync(WebhookForms.EmailChanged(Email, newEmail));

        // Assert: the CRM record (still with the old address) gets the member's status; its address is left to the CRM.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContact(Yvonne, optedOut: true, Unsubscribed);
        Assert.Equal(Email, _serve.Sandboxes.Contact(Yvonne).GetAttributeValue<string>(MemberFields.EmailAddress1));
    }

    [Fact]
    public async Task Serve_WrongSecret_Answers404AndChangesNothing()
    {
        // Arrange
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);
        var otherKeysSecret = Sync.Webhooks.WebhookSecrets.For("another-key-0123456789abcdef-0123456789", ServeHarness.Audience);

        // Act
        using var response = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email), _serve.WebhookUrl(secret: otherKeysSecret));
        using var http = new HttpClient();
        using var check = await http.GetAsync(_serve.WebhookUrl());
        using var badCheck = await http.GetAsync(_serve.WebhookUrl(secret: otherKeysSecret));
        using var health = await http.GetAsync(new Uri(_serve.Address, "/health"));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertContact(Yvonne, optedOut: false, Subscribed);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, badCheck.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Serve_FormThatIsNoListEvent_Answers400NamingTheKey()
    {
        // Arrange
        await _serve.ServeAsync();
        var form = WebhookForms.Unsubscribe(Email);
        form.Remove("data[email]");
        var otherAudience = WebhookForms.Unsubscribe(Email);
        otherAudience["data[list_id]"] = "ffffffffff";

        // Act
        using var missing = await _serve.DeliverAsync(form);
        using var mismatch = await _serve.DeliverAsync(otherAudience);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("data[email]", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }

    [Fact]
    public async Task Serve_AudienceNoListMaps_IsAcknowledgedAndIgnored()
    {
        // Arrange
        await _serve.ServeAsync();
        var form = WebhookForms.Member("unsubscribe", Email, audience: "0000000000");

        // Act
        using var response = await _serve.DeliverAsync(form, _serve.WebhookUrl(audience: "0000000000"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, json) = await _serve.StopAsync();
        Assert.Equal(1, json.GetProperty("served").GetProperty("unmappedAudience").GetInt32());
    }

    [Fact]
    public async Task Serve_EventNotAppliedInTime_Answers503SoMailchimpSendsItAgain()
    {
        // Arrange: Dataverse holds the receiver's reads; the receiver's clock is a fake one.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _serve.Time = clock;
        await _serve.ServeAsync();
        var gate = _serve.Sandboxes.Dataverse.Gate;
        gate.Close();
        var delivery = _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));
        await gate.WaitForHeldAsync(1, CancellationToken.None);

        // Act: the answer deadline (8 s by default) passes.
        clock.Advance(TimeSpan.FromSeconds(8));
        using var answer = await delivery;
        gate.Open();

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        var (_, json) = await _serve.StopAsync();
        Assert.Equal(1, json.GetProperty("served").GetProperty("timedOut").GetInt32());
    }

    [Fact]
    public async Task Serve_Logs_CarryNoKeyNoSecretAndNoAddress()
    {
        // Arrange
        await _serve.ServeAsync();
        await _serve.Sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        using var applied = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email));
        using var refused = await _serve.DeliverAsync(WebhookForms.Unsubscribe(Email), _serve.WebhookUrl(secret: "guess"));
        await _serve.StopAsync();

        // Assert: the logs say what happened, by member id.
        var logs = _serve.LogText();
        Assert.Contains(Dynamics.Mailchimp.MailchimpApi.SubscriberHash.Compute(Email), logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ServeHarness.Key, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(Sync.Webhooks.WebhookSecrets.For(ServeHarness.Key, ServeHarness.Audience), logs, StringComparison.Ordinal);
    }

    private void AssertContact(Guid id, bool optedOut, int status)
    {
        var contact = _serve.Sandboxes.Contact(id);
        Assert.Equal(optedOut, contact.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail));
        Assert.Equal(optedOut, contact.GetAttributeValue<bool>(MemberFields.DoNotSendMarketingMaterials));
        Assert.Equal(status, contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value);
    }
}
