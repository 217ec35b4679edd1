using System.Runtime.InteropServices;
using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Sandbox;

/// <summary>
/// Issue #8: the <c>sandbox</c> command stops on a real SIGTERM, SIGINT or SIGQUIT (the README promises all three), in a
/// terminal and as a background job.
/// The in-process test cancels a token; these send the signal to the built program in a child process.
/// </summary>
public sealed class SandboxSignalTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(PosixSignal.SIGTERM, true)]
    [InlineData(PosixSignal.SIGINT, true)]
    [InlineData(PosixSignal.SIGTERM, false)]
    [InlineData(PosixSignal.SIGINT, false)]
    [InlineData(PosixSignal.SIGQUIT, true)]
    [InlineData(PosixSignal.SIGQUIT, false)]
    public async Task Sandbox_Signalled_StopsCleanlyWithinFiveSeconds(PosixSignal signal, bool background)
    {
        // Arrange
        await using var sandbox = SandboxChildProcess.Start(background);
        await sandbox.WaitForBannerAsync(StartTimeout);

        // Act
        await sandbox.SignalAsync(signal);
        var exit = await sandbox.WaitForExitAsync(StopDeadline);

        // Assert
        Assert.True(exit is not null, $"still running {StopDeadline.TotalSeconds} s after {signal}:\n{sandbox.Output}");
        Assert.Equal(0, exit);
        Assert.Contains("Stopping the sandbox.", sandbox.Output, StringComparison.Ordinal);
    }
}
