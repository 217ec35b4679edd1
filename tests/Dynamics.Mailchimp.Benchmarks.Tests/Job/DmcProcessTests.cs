using Dynamics.Mailchimp.Benchmarks.Job;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Job;

/// <summary>The job child's warm-up before the timed push: a read-only verb with the same connection flags.</summary>
public sealed class DmcProcessTests
{
    [Fact]
    public void WarmUpStartInfo_ConnectionFlags_RunsStatusWithThemAndNothingThatWrites()
    {
        // Arrange
        string[] flags = ["--dataverse-url", "http://127.0.0.1:5001/", "--dataverse-token", "t", "--mailchimp-url", "http://127.0.0.1:5002/", "--mailchimp-key", "k-us1"];

        // Act
        var info = DmcProcess.WarmUpStartInfo(flags);

        // Assert
        Assert.Equal(DmcProcess.Executable, info.FileName);
        Assert.Equal(["status", "--json", .. flags], info.ArgumentList);
        Assert.DoesNotContain("push", info.ArgumentList);
        Assert.True(info.RedirectStandardOutput);
    }
}
