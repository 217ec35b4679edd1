using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Pull;

/// <summary>
/// Issue #10 "Console": <c>pull</c> and <c>sync</c> also import the sent campaigns and their email activity, over HTTP
/// against both sandboxes (a campaign sent through the Mailchimp sandbox's controls, opened and clicked by Yvonne).
/// </summary>
public sealed class ActivityPullCommandTests : IAsyncLifetime
{
    private const string Email = "yvonne.mckay@contoso-coffee.com";
    private const string Url = "https://contoso-coffee.com/spring";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync() => _sandboxes = await PullSandboxes.StartAsync();

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Pull_SentCampaignOpenedAndClicked_WritesCampaignAndActivityRowsLinkedToTheContact()
    {
        // Arrange
        var recipients = await SendOpenedCampaignAsync();

        // Act
        var (exit, json) = await RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        var pulled = json.GetProperty("pulled");
        Assert.Equal(1, pulled.GetProperty("campaigns").GetInt32());
        Assert.Equal(recipients, Activities(pulled, "sent"));
        Assert.Equal(1, Activities(pulled, "open"));
        Assert.Equal(1, Activities(pulled, "click"));
        Assert.Equal(0, pulled.GetProperty("unmatchedActivityMembers").GetInt32());
        Assert.Equal(JsonValueKind.Number, pulled.GetProperty("unsubscribed").ValueKind);
        Assert.Single(Rows(ActivityNames.CampaignTable));
        var yvonne = _sandboxes.Seed.ContactIds[0];
        var clicks = Rows(ActivityNames.ActivityTable).Where(r => r.GetAttributeValue<OptionSetValue>(ActivityNames.Action)?.Value == (int)ActivityAction.Click).ToArray();
        var click = Assert.Single(clicks);
        Assert.Equal(yvonne, click.GetAttributeValue<EntityReference>(ActivityNames.Regarding)?.Id);
        Assert.Equal(Url, click.GetAttributeValue<string>(ActivityNames.Url));
        Assert.Equal(recipients + 2, Rows(ActivityNames.ActivityTable).Count);
    }

    [Fact]
    public async Task Pull_RunTwice_SecondRunDuplicatesNothing()
    {
        // Arrange
        await SendOpenedCampaignAsync();
        Assert.Equal(ExitCodes.Success, (await RunJsonAsync("pull")).Exit);
        var rows = Rows(ActivityNames.ActivityTable).Count;

        // Act
        var (exit, _) = await RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(rows, Rows(ActivityNames.ActivityTable).Count);
        Assert.Single(Rows(ActivityNames.CampaignTable));
    }

    [Fact]
    public async Task Sync_SentCampaign_ImportsActivityAfterThePushAndKeepsThePushKeys()
    {
        // Arrange
        var recipients = await SendOpenedCampaignAsync();

        // Act
        var (exit, json) = await RunJsonAsync("sync");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("campaigns").GetInt32());
        Assert.Equal(recipients, Activities(json.GetProperty("pulled"), "sent"));
        Assert.Equal(JsonValueKind.Object, json.GetProperty("pushed").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("activityFailures").ValueKind);
        Assert.Equal(recipients + 2, Rows(ActivityNames.ActivityTable).Count);
    }

    [Fact]
    public async Task Pull_DryRun_CountsActivityButWritesNoRowAndNoCheckpoint()
    {
        // Arrange
        var recipients = await SendOpenedCampaignAsync();

        // Act
        var (exit, json) = await RunJsonAsync("pull", "--dry-run");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("campaigns").GetInt32());
        Assert.Equal(recipients, Activities(json.GetProperty("pulled"), "sent"));
        Assert.Empty(Rows(ActivityNames.CampaignTable));
        Assert.Empty(Rows(ActivityNames.ActivityTable));
        Assert.DoesNotContain(Rows("dmc_syncstate"), r => r.GetAttributeValue<string>("dmc_name").StartsWith(ActivityNames.CheckpointPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sync_DryRun_CountsActivityButWritesNoRow()
    {
        // Arrange
        var recipients = await SendOpenedCampaignAsync();

        // Act
        var (exit, json) = await RunJsonAsync("sync", "--dry-run");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(recipients, Activities(json.GetProperty("pulled"), "sent"));
        Assert.Empty(Rows(ActivityNames.CampaignTable));
        Assert.Empty(Rows(ActivityNames.ActivityTable));
    }

    [Fact]
    public async Task Pull_Redirected_PrintsTheActivityTable()
    {
        // Arrange
        await SendOpenedCampaignAsync();
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["pull", .. _sandboxes.Flags()]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Campaign activity from Mailchimp", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("activities: click", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_ActivityBatchSizeOutOfRange_ExitsWithConfigurationErrorNamingTheSetting()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("dmc-activity-");
        var file = Path.Combine(folder.FullName, "dmc.settings.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { Sync = new { Activity = new { BatchSize = 5000 } } }));
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["pull", "--settings", file, .. _sandboxes.Flags()]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("Sync:Activity:BatchSize", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Rows(ActivityNames.CampaignTable));
        folder.Delete(recursive: true);
    }

    /// <summary>Pushes the seeded list, sends a campaign to every subscribed member, and Yvonne opens it and clicks a link.</summary>
    /// <returns>How many members received it.</returns>
    private async Task<int> SendOpenedCampaignAsync()
    {
        var (console, _) = TestConsole.Create();
        Assert.Equal(ExitCodes.Success, await DmcCli.RunAsync(console, ["push", .. _sandboxes.Flags()]));
        var recipients = (await _sandboxes.MembersAsync()).Count(m => m.Value == "subscribed");
        var controls = _sandboxes.Mailchimp.Controls;
        var campaign = controls.SendCampaign(_sandboxes.Seed.AudienceId, "Spring news");
        controls.Open(campaign, Email);
        controls.Click(campaign, Email, Url);
        return recipients;
    }

    private static int Activities(JsonElement pulled, string action) => pulled.GetProperty("activities").GetProperty(action).GetInt32();

    private IReadOnlyList<Entity> Rows(string table) => _sandboxes.Dataverse.Organization.Rows(table).ToArray();

    private Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] verb) => _sandboxes.RunJsonAsync(verb);
}
