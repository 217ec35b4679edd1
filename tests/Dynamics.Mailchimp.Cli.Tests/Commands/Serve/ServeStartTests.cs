using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Serve;

/// <summary><c>dmc serve</c> that cannot listen exits 2 with a message naming the address.</summary>
public sealed class ServeStartTests
{
    [Fact]
    public async Task Serve_AddressInUse_ExitsTwoNamingTheAddress()
    {
        // Arrange: the Mailchimp sandbox already listens on its port.
        await using var serve = await ServeHarness.StartAsync();
        var taken = $"http://127.0.0.1:{serve.Sandboxes.Mailchimp.BaseAddress.Port}";
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["serve", "--urls", taken, "--settings", serve.SettingsFile, .. serve.Sandboxes.Flags()], new CommandContext(Path.GetTempPath(), _ => { }));

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains($"cannot listen on {taken}", output.ToString().Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
