using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Forget;

/// <summary>
/// <c>dmc forget</c> end to end over HTTP against both sandboxes, with the connector's token (its role) and every log
/// line captured at Trace (in-process, the logs are what the process writes to standard error): the member is deleted
/// permanently in Mailchimp (<c>POST …/actions/delete-permanent</c>, 204; then 404, shared/reference/mailchimp.md [M51]),
/// no column of any queue, consent log or email activity row, no output line and no log line holds the address, a push of the contact
/// that still exists does not re-add it and says why, and a second run changes nothing.
/// </summary>
public sealed class ForgetCommandTests : IAsyncLifetime
{
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private static readonly ErasedAddress Address = ErasedAddress.Parse(Yvonne);
    private readonly FakeLogCollector _logs = new();
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync()
    {
        _sandboxes = await PullSandboxes.StartAsync();
        Assert.Equal(ExitCodes.Success, (await RunAsync("push")).Exit);
    }

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Forget_AfterSync_MailchimpHasNoMemberAndNoRowOutputOrLogHoldsTheAddress()
    {
        // Arrange: she unsubscribes in Mailchimp and a sync logs it, so the connector holds her address in rows of both tables.
        await _sandboxes.SimulateAsync("unsubscribe", Yvonne);
        Assert.Equal(ExitCodes.Success, (await RunAsync("sync")).Exit);
        Assert.Contains(_sandboxes.QueueRows(), row => Holds(row));

        // Act
        var (exit, output) = await RunAsync("forget", Yvonne.ToUpperInvariant());

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain(Yvonne, (await _sandboxes.MembersAsync()).Keys);
        Assert.Contains(Address.Hash, output, StringComparison.Ordinal);
        AssertNothingHoldsTheAddress(output);
        var contact = _sandboxes.Contact(_sandboxes.Seed.ContactIds[0]);
        Assert.Equal(MailchimpDeleted, contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
        Assert.Null(contact.GetAttributeValue<string>(MemberFields.MailchimpMemberId));
        Assert.Equal(Yvonne, contact.GetAttributeValue<string>(MemberFields.EmailAddress1));
    }

    [Fact]
    public async Task Push_ContactStillInCrmAfterForget_NotReAddedAndReportedAsGdprErasure()
    {
        // Arrange: forgotten, then a CRM user edits the contact, which still exists (the plug-ins queue the change).
        var yvonne = _sandboxes.Seed.ContactIds[0];
        Assert.Equal(ExitCodes.Success, (await RunAsync("forget", Yvonne)).Exit);
        await _sandboxes.UpdateContactAsync(yvonne, new Dictionary<string, object> { ["lastname"] = "McKay-Finch" });

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("push");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.DoesNotContain(Yvonne, (await _sandboxes.MembersAsync()).Keys);
        Assert.Equal(1, json.GetProperty("skipReasons").GetProperty("DeletedInMailchimp").GetInt32());
        var row = Assert.Single(_sandboxes.QueueRows(), r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value == QueueItemStates.Skipped);
        var outcome = row.GetAttributeValue<string>(QueueItemFields.Outcome);
        Assert.StartsWith("DeletedInMailchimp: " + MailchimpErasureText.Label, outcome, StringComparison.Ordinal);
        Assert.False(Address.IsIn(outcome));
        Assert.DoesNotContain(_sandboxes.Dataverse.Organization.Rows("dmc_consentevent"), Holds);
    }

    [Fact]
    public async Task Push_FullResyncAfterForget_ListMemberNotReAdded()
    {
        // Arrange: she is still a member of the synced list in the CRM.
        Assert.Equal(ExitCodes.Success, (await RunAsync("forget", Yvonne)).Exit);

        // Act: --full reconciles every synced list with Mailchimp and re-evaluates every member.
        var (exit, json) = await _sandboxes.RunJsonAsync("push", "--full");

        // Assert: not even sent (stored Deleted, so reconciliation leaves her out): Mailchimp had nothing to refuse.
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, json.GetProperty("pushed").GetProperty("erasedInMailchimp").GetInt32());
        Assert.True(_sandboxes.IsInList(_sandboxes.Seed.ListId, _sandboxes.Seed.ContactIds[0]));
        Assert.DoesNotContain(Yvonne, (await _sandboxes.MembersAsync()).Keys);
        Assert.Contains("susanna.stubberod@contoso-coffee.com", (await _sandboxes.MembersAsync()).Keys);
    }

    [Fact]
    public async Task Forget_SecondRun_ChangesNothingAndSaysSo()
    {
        // Arrange
        var (firstExit, first) = await RunJsonAsync("forget", Yvonne);
        var logRows = _sandboxes.Dataverse.Organization.Count("dmc_consentevent");

        // Act
        var (exit, again) = await RunJsonAsync("forget", Yvonne);

        // Assert
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (firstExit, exit));
        Assert.Equal(("erased", "written"), (Audience(first), first.GetProperty("audit").GetProperty("outcome").GetString()));
        Assert.Equal(("notAMember", JsonValueKind.Null), (Audience(again), again.GetProperty("audit").ValueKind));
        Assert.True(again.GetProperty("nothingChanged").GetBoolean());
        Assert.Equal(Address.Hash, again.GetProperty("addressHash").GetString());
        Assert.Equal(logRows, _sandboxes.Dataverse.Organization.Count("dmc_consentevent"));
        Assert.Equal(1, _sandboxes.Dataverse.Organization.Rows("dmc_consentevent").Count(e => e.GetAttributeValue<string>("dmc_field") == ForgetNames.AuditField));
    }

    [Fact]
    public async Task Forget_AfterActivityImport_NoEmailActivityColumnHoldsTheAddressAndASecondRunChangesNothing()
    {
        // Arrange: a campaign sent to the audience, opened, and a link clicked whose query carries her address; the pull
        // imports the activity (rows the connector's user creates, so owns: it reads them back with prvReadActivity at Basic).
        var campaign = _sandboxes.Mailchimp.Controls.SendCampaign(_sandboxes.Seed.AudienceId, "Spring news");
        _sandboxes.Mailchimp.Controls.Open(campaign, Yvonne);
        _sandboxes.Mailchimp.Controls.Click(campaign, Yvonne, $"https://contoso-coffee.com/spring?e={Uri.EscapeDataString(Yvonne)}");
        Assert.Equal(ExitCodes.Success, (await RunAsync("pull")).Exit);
        var holding = _sandboxes.Dataverse.Organization.Rows(ActivityNames.ActivityTable).Count(Holds);
        Assert.True(holding >= 3, $"{holding} activity row(s) hold the address");

        // Act
        var (exit, json) = await RunJsonAsync("forget", Yvonne);
        var (againExit, again) = await RunJsonAsync("forget", Yvonne);

        // Assert: every column of every activity row; they stay completed, their member id (Mailchimp's hash) is kept.
        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (exit, againExit));
        Assert.Equal(holding, json.GetProperty("cleared").GetProperty("emailActivities").GetInt32());
        AssertNothingHoldsTheAddress(string.Empty);
        var rows = _sandboxes.Dataverse.Organization.Rows(ActivityNames.ActivityTable).Where(r => r.GetAttributeValue<string>(ActivityNames.MemberId) == Address.MemberId).ToArray();
        Assert.Equal(holding, rows.Length);
        Assert.All(rows, row => Assert.Equal(ActivityNames.Completed, row.GetAttributeValue<OptionSetValue>(ActivityNames.StateCode).Value));
        Assert.True(again.GetProperty("nothingChanged").GetBoolean());
        Assert.Equal(0, again.GetProperty("cleared").GetProperty("emailActivities").GetInt32());
    }

    /// <summary>
    /// The Mailchimp sandbox's email-activity report still names a permanently deleted recipient by its send-time address
    /// (Mailchimp is said to anonymize it: third-party, mineos.ai/articles/delete-contacts-mailchimp), and the pull re-reads
    /// its overlap window; the activity import leaves out records stored as Deleted, so the erasure holds either way.
    /// </summary>
    [Fact]
    public async Task Pull_AfterForget_ImportsNoActivityForTheAddressAgain()
    {
        // Arrange: activity imported, then the address forgotten.
        var campaign = _sandboxes.Mailchimp.Controls.SendCampaign(_sandboxes.Seed.AudienceId, "Spring news");
        _sandboxes.Mailchimp.Controls.Open(campaign, Yvonne);
        Assert.Equal(ExitCodes.Success, (await RunAsync("pull")).Exit);
        Assert.Equal(ExitCodes.Success, (await RunAsync("forget", Yvonne)).Exit);
        var rows = _sandboxes.Dataverse.Organization.Count(ActivityNames.ActivityTable);

        // Act: Mailchimp's report no longer names a permanently deleted member, so nothing comes back for her.
        var (exit, _) = await RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(rows, _sandboxes.Dataverse.Organization.Count(ActivityNames.ActivityTable));
        Assert.DoesNotContain(_sandboxes.Dataverse.Organization.Rows(ActivityNames.ActivityTable), Holds);
    }

    [Fact]
    public async Task Forget_DryRun_MemberStaysAndNothingIsWritten()
    {
        // Arrange
        var logRows = _sandboxes.Dataverse.Organization.Count("dmc_consentevent");

        // Act
        var (exit, json) = await RunJsonAsync("forget", Yvonne, "--dry-run");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("wouldChange", Audience(json));
        Assert.Equal(1, json.GetProperty("cleared").GetProperty("records").GetInt32());
        Assert.Contains(Yvonne, (await _sandboxes.MembersAsync()).Keys);
        Assert.Equal(logRows, _sandboxes.Dataverse.Organization.Count("dmc_consentevent"));
        Assert.NotNull(_sandboxes.Contact(_sandboxes.Seed.ContactIds[0]).GetAttributeValue<string>(MemberFields.MailchimpMemberId));
    }

    [Fact]
    public async Task Forget_NotAnAddress_ExitsTwoWithoutEchoingIt()
    {
        // Arrange / Act
        var (exit, output) = await RunAsync("forget", "yvonne.mckay-at-contoso");

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("not an email address", output, StringComparison.Ordinal);
        Assert.DoesNotContain("yvonne.mckay-at-contoso", output, StringComparison.Ordinal);
    }

    private const int MailchimpDeleted = 100000006;

    private static string? Audience(JsonElement json) => Assert.Single(json.GetProperty("audiences").EnumerateArray()).GetProperty("outcome").GetString();

    private static bool Holds(Entity row) => row.Attributes.Any(column => Address.IsIn(Text(column.Value)));

    private static string? Text(object? value) => value switch
    {
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.Id.ToString("D"),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private void AssertNothingHoldsTheAddress(string output)
    {
        foreach (var table in new[] { TableNames.QueueItem, "dmc_consentevent", ActivityNames.ActivityTable })
        {
            foreach (var row in _sandboxes.Dataverse.Organization.Rows(table))
            {
                Assert.All(row.Attributes, column => Assert.False(Address.IsIn(Text(column.Value)), $"{table} {row.Id:D} {column.Key} holds the address"));
            }
        }

        Assert.False(Address.IsIn(output), "the output holds the address");
        Assert.NotEmpty(_logs.GetSnapshot());
        Assert.All(_logs.GetSnapshot(), log => Assert.False(Address.IsIn(log.Message + " " + string.Join(",", log.StructuredState ?? []) + " " + log.Exception), "a log line holds the address: " + Address.Scrub(log.Message)));
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] verb)
    {
        var (console, output) = TestConsole.Create();
        var context = new CommandContext(Directory.GetCurrentDirectory(), logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        var exit = await DmcCli.RunAsync(console, [.. verb, .. _sandboxes.Flags()], context);
        return (exit, output.ToString());
    }

    private async Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] verb)
    {
        var (exit, output) = await RunAsync([.. verb, "--json"]);
        Assert.False(Address.IsIn(output), "the JSON holds the address");
        using var json = JsonDocument.Parse(output);
        return (exit, json.RootElement.Clone());
    }
}
