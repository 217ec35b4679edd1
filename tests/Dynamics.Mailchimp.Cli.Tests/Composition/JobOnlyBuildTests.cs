using System.Diagnostics;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Composition;

/// <summary>
/// Published for a runtime, dmc is the job alone (<c>DmcJobOnly</c> in the project file: no demo or sandbox verb, no
/// emulator code), compiled to native code. The native publish takes minutes, so the tests build the same configuration
/// without it: the job's verbs must compile without any emulator assembly (the production path never references
/// emulator code), and the build must have every job verb and neither sandbox verb.
/// </summary>
public sealed class JobOnlyBuildTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task JobOnlyBuild_HasTheJobsVerbsAndNoEmulator()
    {
        // Arrange: its own obj/ and bin/ folders, so the build never touches the tests' own.
        var project = Path.Combine(RepositoryFiles.Root, "src", "Dynamics.Mailchimp.Cli", "Dynamics.Mailchimp.Cli.csproj");
        var output = Path.Combine(RepositoryFiles.Root, "src", "Dynamics.Mailchimp.Cli", "bin", "jobonly", "Debug", "net10.0");

        // Act
        var (built, log) = await RunAsync(
            "dotnet",
            ["build", project, "-c", "Debug", "-p:DmcJobOnly=true", "-p:BaseIntermediateOutputPath=obj/jobonly/", "-p:BaseOutputPath=bin/jobonly/", "-p:DefaultItemExcludes=obj/**", "-nodeReuse:false", "-nologo", "-v:q"]);
        var (helped, help) = built == 0 ? await RunAsync("dotnet", [Path.Combine(output, "dmc.dll"), "--help"]) : (-1, string.Empty);

        // Assert
        Assert.True(built == 0, log);
        Assert.Empty(Directory.GetFiles(output, "Dynamics.Mailchimp.Sandbox.*.dll"));
        Assert.Equal(0, helped);
        Assert.Contains("the Dynamics.Mailchimp sync job and its checks.", help, StringComparison.Ordinal);
        Assert.All(new[] { "sync", "push", "pull", "status", "retry", "check", "serve" }, verb => Assert.Matches($@"(?m)^\s+{verb}\s", help));
        Assert.DoesNotMatch(@"(?m)^\s+(demo|sandbox)\s", help);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var timeout = new CancellationTokenSource(BuildTimeout);
        using var process = Process.Start(info) ?? throw new InvalidOperationException(file + " did not start.");
        using var kill = timeout.Token.Register(() => process.Kill(entireProcessTree: true));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output + await error);
    }
}
