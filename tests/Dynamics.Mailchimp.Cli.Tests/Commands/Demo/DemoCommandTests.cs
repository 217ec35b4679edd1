using Dynamics.Mailchimp.Cli;
using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Demo;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_TwoRowsWorthOfBulkMembers_ExitsZeroAndReportsEveryStepOk()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.CreateRoot(console).Parse(["demo", "--bulk-members", "30000"]).InvokeAsync();

        // Assert
        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Every change queued what it should.", text);
        Assert.DoesNotContain("UNEXPECTED", text);
        Assert.Contains("Add 30,000 contacts to the synced list in one call", text);
        Assert.Matches(@"Add 30,000 contacts[^\n]*│\s+2 │\s+1 │\s+2 │", text);
    }

    [Fact]
    public async Task Demo_ZeroBulkMembers_FailsWithUsageError()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.CreateRoot(console).Parse(["demo", "--bulk-members", "0"]).InvokeAsync();

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("--bulk-members must be at least 1", output.ToString());
    }
}
