using Dynamics.Mailchimp.Cli.Commands.Drift;
using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Drift;

public sealed class DriftFlagsTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("101")]
    public async Task Drift_SampleOutOfRange_IsAUsageErrorNamingTheFlag(string sample)
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.RunAsync(console, ["drift", "--sample", sample]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains($"--sample must be between 0 and 100; got {sample}.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_CommandLineBuiltTwice_KeepsOneValidator()
    {
        // Arrange
        var (console, _) = TestConsole.Create();

        // Act
        DmcCli.CreateRoot(console);
        DmcCli.CreateRoot(console);

        // Assert
        Assert.Single(DriftFlags.Sample.Validators);
    }
}
