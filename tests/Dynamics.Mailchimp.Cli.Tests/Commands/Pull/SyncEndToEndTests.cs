using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// Issue #10 "Show", end to end over HTTP against both sandboxes: an unsubscribe in Mailchimp reaches every contact with
/// the address, takes the contact out of the synced list and is logged; a CRM user's re-add does not re-subscribe the
/// person (the queue row says why); the person's own opt-in in Mailchimp flips the fields back.
/// </summary>
public sealed class SyncEndToEndTests : IAsyncLifetime
{
    private const int Unsubscribed = 100000001;
    private const int Subscribed = 100000000;
    private const string Email = "yvonne.mckay@contoso-coffee.com";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync() => _sandboxes = await PullSandboxes.StartAsync();

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Sync_UnsubscribeReaddResubscribe_CrmFollowsMailchimpAndNeverResubscribes()
    {
        // Arrange: the list is pushed, a second contact shares Yvonne's address, and Yvonne unsubscribes in Mailchimp.
        var seed = _sandboxes.Seed;
        var yvonne = seed.ContactIds[0];
        Assert.Equal(ExitCodes.Success, await RunAsync("sync"));
        var twin = await _sandboxes.CreateContactAsync("Yvonne", "McKay (home)", Email.ToUpperInvariant());
        await _sandboxes.SimulateAsync("unsubscribe", Email);

        // Act 1: sync.
        var (exit1, json1) = await RunJsonAsync("sync");

        // Assert 1: both contacts opted out with status Unsubscribed, Yvonne left the list, the log has the events.
        Assert.Equal(ExitCodes.Success, exit1);
        Assert.Equal(2, json1.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(1, json1.GetProperty("pulled").GetProperty("listsLeft").GetInt32());
        Assert.False(_sandboxes.IsInList(seed.ListId, yvonne));
        Assert.All(new[] { yvonne, twin }, id => AssertConsent(id, optedOut: true, Unsubscribed));
        var events = _sandboxes.ConsentEvents(yvonne);
        Assert.Equal(["dmc_mailchimpstatus", "donotbulkemail", "donotsendmm", "listmember"], events.Select(e => e.GetAttributeValue<string>("dmc_field")).Order(StringComparer.Ordinal));
        Assert.Contains(events, e => e.GetAttributeValue<string>("dmc_field") == "listmember" && e.GetAttributeValue<string>("dmc_reason").Contains("unsubscribed in Mailchimp", StringComparison.Ordinal));
        Assert.Equal(3, _sandboxes.ConsentEvents(twin).Count);
        Assert.Equal("unsubscribed", (await _sandboxes.MembersAsync())[Email]);

        // Arrange 2: a CRM user adds Yvonne back to the list.
        var rowsBefore = _sandboxes.QueueRows().Select(r => r.Id).ToHashSet();
        await _sandboxes.AddToListAsync(seed.ListId, yvonne);
        var readded = Assert.Single(_sandboxes.QueueRows(), r => !rowsBefore.Contains(r.Id));

        // Act 2: sync.
        var (exit2, _) = await RunJsonAsync("sync");

        // Assert 2: Mailchimp keeps the person unsubscribed, and the row says why.
        Assert.Equal(ExitCodes.Success, exit2);
        Assert.Equal("unsubscribed", (await _sandboxes.MembersAsync())[Email]);
        var row = _sandboxes.QueueRows().Single(r => r.Id == readded.Id);
        Assert.Contains("unsubscribed", row.GetAttributeValue<string>(QueueItemFields.Outcome) ?? row.GetAttributeValue<string>(QueueItemFields.LastError), StringComparison.OrdinalIgnoreCase);

        // Arrange 3: the person subscribes again in Mailchimp.
        await _sandboxes.SimulateAsync("subscribe", Email);

        // Act 3: sync.
        var (exit3, json3) = await RunJsonAsync("sync");

        // Assert 3: the fields flip back on both contacts.
        Assert.Equal(ExitCodes.Success, exit3);
        Assert.Equal(2, json3.GetProperty("pulled").GetProperty("resubscribed").GetInt32());
        Assert.All(new[] { yvonne, twin }, id => AssertConsent(id, optedOut: false, Subscribed));
        Assert.Equal(6, _sandboxes.ConsentEvents(yvonne).Count(e => e.GetAttributeValue<string>("dmc_field") != "listmember"));
    }

    [Fact]
    public async Task Pull_RunTwice_SecondRunChangesAndLogsNothing()
    {
        // Arrange
        Assert.Equal(ExitCodes.Success, await RunAsync("push"));
        await _sandboxes.SimulateAsync("unsubscribe", Email);
        await RunAsync("pull");
        var logged = _sandboxes.Dataverse.Organization.Count("dmc_consentevent");

        // Act
        var (exit, json) = await RunJsonAsync("pull");

        // Assert: the boundary second is read again, but nothing is changed or logged twice.
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, json.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(logged, _sandboxes.Dataverse.Organization.Count("dmc_consentevent"));
        Assert.Equal(JsonValueKind.String, json.GetProperty("checkpoints").GetProperty(_sandboxes.Seed.AudienceId).ValueKind);
    }

    [Fact]
    public async Task Pull_DryRun_CountsButWritesNothing()
    {
        // Arrange
        Assert.Equal(ExitCodes.Success, await RunAsync("push"));
        await _sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        var (exit, json) = await RunJsonAsync("pull", "--dry-run");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(0, _sandboxes.Dataverse.Organization.Count("dmc_consentevent"));
        Assert.True(_sandboxes.IsInList(_sandboxes.Seed.ListId, _sandboxes.Seed.ContactIds[0]));
        Assert.DoesNotContain(_sandboxes.Dataverse.Organization.Rows("dmc_syncstate"), r => r.GetAttributeValue<string>("dmc_name").StartsWith("checkpoint:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pull_MemberWithoutRecord_IsCountedUnmatchedAndNotCreated()
    {
        // Arrange: a member nobody in the CRM has.
        Assert.Equal(ExitCodes.Success, await RunAsync("push"));
        await _sandboxes.SimulateAsync("subscribe", "walk.in@brightfield-labs.com");
        var contacts = _sandboxes.Dataverse.Organization.Count(TableNames.Contact);

        // Act
        var (exit, json) = await RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("unmatched").GetInt32());
        Assert.Contains("walk.in@brightfield-labs.com", json.GetProperty("unmatched")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(contacts, _sandboxes.Dataverse.Organization.Count(TableNames.Contact));
        Assert.Equal(0, json.GetProperty("pulled").GetProperty("leadsCreated").GetInt32());
        var distinct = json.GetProperty("pulled").GetProperty("distinctMembers").GetInt32();
        Assert.Equal((await _sandboxes.MembersAsync()).Count, distinct);
        Assert.True(distinct <= json.GetProperty("pulled").GetProperty("members").GetInt32());
    }

    private void AssertConsent(Guid contactId, bool optedOut, int status)
    {
        var contact = _sandboxes.Contact(contactId);
        Assert.Equal(optedOut, contact.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail));
        Assert.Equal(optedOut, contact.GetAttributeValue<bool>(MemberFields.DoNotSendMarketingMaterials));
        Assert.Equal(status, contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value);
    }

    private async Task<int> RunAsync(string verb)
    {
        var (console, _) = TestConsole.Create();
        return await DmcCli.RunAsync(console, [verb, .. _sandboxes.Flags()]);
    }

    private Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] verb) => _sandboxes.RunJsonAsync(verb);
}
