using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Orchestration;

public sealed class ChildProcessTests
{
    [Fact]
    public void StartInfo_Server_SwitchesTieredCompilationOffStartsWorkersForEveryConnectionAndSizesTheGcForAServer()
    {
        // Arrange
        string[] args = ["serve", "--n", "10"];

        // Act
        var info = ChildProcess.StartInfo(args, server: true);

        // Assert
        Assert.Equal("0", info.Environment[ChildProcess.TieredCompilation]);
        Assert.Equal("32", info.Environment[ChildProcess.MinWorkerThreads]);
        Assert.Equal("0", info.Environment[ChildProcess.ConserveMemory]);
        Assert.Equal(0x10000000, Convert.ToInt64(info.Environment[ChildProcess.Gen0Size], 16));
        Assert.Equal(args, info.ArgumentList);
        Assert.True(info.RedirectStandardInput);
        Assert.True(info.RedirectStandardOutput);
    }

    [Fact]
    public void StartInfo_Job_KeepsTheRuntimesDefault()
    {
        // Arrange
        string[] args = ["activity-job", "http://127.0.0.1:1/3.0/"];

        // Act
        var info = ChildProcess.StartInfo(args, server: false);

        // Assert: whatever the parent has (the CI may set it), not forced by the start.
        Assert.Equal(Environment.GetEnvironmentVariable(ChildProcess.TieredCompilation), info.Environment.TryGetValue(ChildProcess.TieredCompilation, out var value) ? value : null);
        Assert.Equal(Environment.GetEnvironmentVariable(ChildProcess.MinWorkerThreads), info.Environment.TryGetValue(ChildProcess.MinWorkerThreads, out var threads) ? threads : null);
        Assert.Equal(Environment.GetEnvironmentVariable(ChildProcess.Gen0Size), info.Environment.TryGetValue(ChildProcess.Gen0Size, out var gen0) ? gen0 : null);
        Assert.Equal(args, info.ArgumentList);
    }
}
