using System.Diagnostics;
using Dynamics.Mailchimp.Benchmarks.Serving;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Serving;

/// <summary>
/// The benchmark's sandbox server child stops on SIGTERM and SIGINT even while its parent still holds its stdin open, as
/// every process of the project must (the web hosts inside it take SIGTERM for themselves otherwise, and the server
/// waited for stdin forever).
/// </summary>
public sealed class SandboxServerSignalTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_Signalled_ExitsWhileStdinIsStillOpen(string signal)
    {
        // Arrange
        using var server = StartServer();
        using var started = new CancellationTokenSource(StartTimeout);
        var endpoints = await server.StandardOutput.ReadLineAsync(started.Token);
        Assert.False(string.IsNullOrEmpty(endpoints), "the server ended before printing its endpoints");

        // Act
        using (var kill = Process.Start("kill", ["-" + signal, server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(started.Token);
        }

        using var deadline = new CancellationTokenSource(StopDeadline);
        var exited = await WaitAsync(server, deadline.Token);

        // Assert
        Assert.True(exited, $"still running {StopDeadline.TotalSeconds} s after SIG{signal}");
        Assert.Equal(0, server.ExitCode);
    }

    private static Process StartServer()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(SandboxServer).Assembly.Location);
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--n");
        info.ArgumentList.Add("10");
        return Process.Start(info) ?? throw new InvalidOperationException("the server did not start");
    }

    private static async Task<bool> WaitAsync(Process process, CancellationToken cancellationToken)
    {
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }
}
