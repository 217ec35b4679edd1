using System.Text.Json;
using Dynamics.Mailchimp.Cli;
using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Demo;

/// <summary>
/// <c>dmc demo</c> in-process at its smallest size (100 contacts, 20 leads): both sandboxes, the CRM changes over the
/// Web API, two pushes through the production clients, then Mailchimp-side events and a whole <c>sync</c>.
/// </summary>
public sealed class DemoCommandTests
{
    private static readonly string[] Smallest = ["demo", "--contacts", "100", "--leads", "20"];

    [Fact]
    public async Task Demo_Json_InitialPushCreatesTagsAndKeepsTheOptedOutUnsubscribed()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, [.. Smallest, "--json"]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var initial = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("Initial push", initial.GetProperty("name").GetString());
        Assert.Equal(119, Pushed(initial, "upserted"));
        Assert.Equal(20, Pushed(initial, "tagged"));
        Assert.Equal(1, Pushed(initial, "keptUnsubscribed"));
        Assert.Equal(0, initial.GetProperty("failed").GetInt32());
        Assert.True(initial.GetProperty("calls").GetProperty("mailchimp").GetInt32() > 0);
        Assert.True(initial.GetProperty("calls").GetProperty("dataverse").GetInt32() > 0);
        var audience = json.RootElement.GetProperty("audience")[1];
        Assert.Equal(119, audience.GetProperty("statuses").GetProperty("subscribed").GetInt32());
        Assert.Equal(20, audience.GetProperty("tagged").GetInt32());
        Assert.Equal(33, audience.GetProperty("inInterest").GetInt32());
    }

    [Fact]
    public async Task Demo_Json_ChangesUnsubscribeArchiveUntagAndNeverResubscribe()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, [.. Smallest, "--json"]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var changes = json.RootElement.GetProperty("runs")[1];
        Assert.Equal(5, Pushed(changes, "unsubscribed"));
        Assert.Equal(16, Pushed(changes, "archived"));
        Assert.Equal(10, Pushed(changes, "tagged"));
        Assert.Equal(1, Pushed(changes, "keptUnsubscribed"));
        Assert.Equal(1, changes.GetProperty("skipReasons").GetProperty("NeverResubscribe").GetInt32());
        Assert.Contains("is unsubscribed in Mailchimp", changes.GetProperty("skipExamples").GetProperty("NeverResubscribe").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, changes.GetProperty("failed").GetInt32());
        var after = json.RootElement.GetProperty("audience")[2];
        Assert.Equal(16, after.GetProperty("statuses").GetProperty("archived").GetInt32());
        Assert.Equal(7, after.GetProperty("statuses").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(10, after.GetProperty("tagged").GetInt32());
    }

    [Fact]
    public async Task Demo_Redirected_PrintsPlainLinesWithBothRunsSideBySide()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, Smallest);

        // Assert
        var text = output.ToString();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("Members | Initial push | Changes", text, StringComparison.Ordinal);
        Assert.Contains("archived (left the audience) | 0 | 16", text, StringComparison.Ordinal);
        Assert.Contains("Add 20 contacts to \"Internal\" (not synced) | 20 | 0", text, StringComparison.Ordinal);
        Assert.Contains("Skipped (NeverResubscribe), as written on the queue row:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Json_MailchimpEventsSyncBringsStatusesCampaignAndActivityToTheCrm()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, [.. Smallest, "--json"]);

        // Assert: 33 "Product updates" recipients, every 3rd opens, every 10th clicks, 3 unsubscribe, 1 bounces hard,
        // and the contact who unsubscribed between the runs opts in again.
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var events = json.RootElement.GetProperty("runs")[2];
        Assert.Equal("Mailchimp events", events.GetProperty("name").GetString());
        var pulled = events.GetProperty("pulled");
        Assert.Equal(3, pulled.GetProperty("unsubscribed").GetInt32());
        Assert.Equal(1, pulled.GetProperty("cleaned").GetInt32());
        Assert.Equal(1, pulled.GetProperty("resubscribed").GetInt32());
        Assert.Equal(1, pulled.GetProperty("campaigns").GetInt32());
        var activities = pulled.GetProperty("activities");
        Assert.Equal(33, activities.GetProperty("sent").GetInt32());
        Assert.Equal(11, activities.GetProperty("open").GetInt32());
        Assert.Equal(4, activities.GetProperty("click").GetInt32());
        Assert.Equal(1, activities.GetProperty("hardBounce").GetInt32());
        Assert.Equal(3, activities.GetProperty("unsubscribe").GetInt32());
        var (before, after) = (json.RootElement.GetProperty("crm")[0], json.RootElement.GetProperty("crm")[1]);
        Assert.Equal(0, before.GetProperty("campaigns").GetInt32());
        Assert.Equal(1, after.GetProperty("campaigns").GetInt32());
        Assert.Equal(1, after.GetProperty("statuses").GetProperty("cleaned").GetInt32());
        Assert.Equal(before.GetProperty("statuses").GetProperty("unsubscribed").GetInt32() + 2, after.GetProperty("statuses").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(33 + 11 + 4 + 1 + 3, after.GetProperty("activities").EnumerateObject().Sum(a => a.Value.GetInt32()));

        // The real-time step: one more unsubscribe, delivered by the sandbox to dmc serve, reached the contact with no sync.
        var realTime = json.RootElement.GetProperty("realTime");
        Assert.Equal(1, realTime.GetProperty("deliveries").GetInt32());
        Assert.True(realTime.GetProperty("doNotBulkEmail").GetBoolean());
        Assert.Equal("unsubscribed", realTime.GetProperty("status").GetString());
        Assert.True(realTime.GetProperty("consentEvents").GetInt32() >= 3);
    }

    [Fact]
    public async Task Demo_Redirected_PrintsWhatTheSyncPulledBackAndTheCrmBeforeAndAfter()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, Smallest);

        // Assert
        var text = output.ToString();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("== Mailchimp-side events before \"Mailchimp events\"", text, StringComparison.Ordinal);
        Assert.Contains("== Pulled back from Mailchimp", text, StringComparison.Ordinal);
        Assert.Contains("activities click | 4", text, StringComparison.Ordinal);
        Assert.Contains("Records | before | after sync", text, StringComparison.Ordinal);
        Assert.Contains("campaigns | 0 | 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_TooFewContacts_FailsWithUsageError()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["demo", "--contacts", "5"]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("--contacts must be at least 100", output.ToString(), StringComparison.Ordinal);
    }

    private static int Pushed(JsonElement run, string outcome) => run.GetProperty("pushed").GetProperty(outcome).GetInt32();
}
