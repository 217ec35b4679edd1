using Dynamics.Mailchimp.Sandbox.Host;
using Spectre.Console;

namespace Dynamics.Mailchimp.Sandbox.Host.Tests.Commands.Demo;

public sealed class DemoCommandTests
{
    private static (IAnsiConsole Console, StringWriter Output) CreateConsole()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        return (console, output);
    }

    [Fact]
    public async Task Demo_TwoRowsWorthOfBulkMembers_ExitsZeroAndReportsEveryStepOk()
    {
        // Arrange
        var (console, output) = CreateConsole();

        // Act
        var exit = await SandboxCli.CreateRoot(console).Parse(["demo", "--bulk-members", "30000"]).InvokeAsync();

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
        var (console, output) = CreateConsole();

        // Act
        var exit = await SandboxCli.CreateRoot(console).Parse(["demo", "--bulk-members", "0"]).InvokeAsync();

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("--bulk-members must be at least 1", output.ToString());
    }
}
