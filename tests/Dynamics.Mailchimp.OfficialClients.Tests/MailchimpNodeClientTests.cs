using Dynamics.Mailchimp.OfficialClients.Tests.Support;
using Xunit.Abstractions;

namespace Dynamics.Mailchimp.OfficialClients.Tests;

/// <summary>
/// Mailchimp's official Node client, @mailchimp/mailchimp_marketing 3.0.80 (https://github.com/mailchimp/mailchimp-marketing-node),
/// run against the sandbox for every operation the connector uses. Each operation's checks follow the reference page
/// printed in its result line (https://mailchimp.com/developer/marketing/api/).
/// </summary>
/// <remarks>The script runs once per class (see <see cref="NodeConformanceFixture"/>); these tests read its results and
/// the sandbox's request log.</remarks>
public sealed partial class MailchimpNodeClientTests(NodeConformanceFixture fixture, ITestOutputHelper output) : IClassFixture<NodeConformanceFixture>
{
    private const string List = "/3.0/lists/a1b2c3d4e5";

    /// <summary>Gets every operation name, one theory case each.</summary>
    public static TheoryData<string> Operations => new(ConformanceOperations.All);

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_AgainstSandbox_MatchesDocumentedResponse(string operation)
    {
        // Arrange
        var line = fixture.Lines.FirstOrDefault(l => l.Operation == operation);

        // Act
        var verdict = line is null ? "not reported" : line.Detail;

        // Assert
        Assert.True(line is not null, $"conformance.mjs reported nothing for '{operation}'.{Environment.NewLine}{ScriptOutput()}");
        Assert.True(line.Ok, $"Official client operation '{operation}' failed against the sandbox: {verdict} (checks follow {line.Doc})");
    }

    [Fact]
    public void Script_AgainstSandbox_ReportsEveryOperationOnceAndExitsZero()
    {
        // Arrange
        var expected = ConformanceOperations.All;

        // Act
        var reported = fixture.Lines.Select(l => l.Operation).ToList();
        var failed = fixture.Lines.Where(l => !l.Ok).Select(l => $"{l.Operation}: {l.Detail}").ToList();
        output.WriteLine(ScriptOutput());

        // Assert
        Assert.True(failed.Count == 0, "Failed operations:" + Environment.NewLine + string.Join(Environment.NewLine, failed));
        Assert.Equal(expected, reported);
        Assert.True(fixture.Run.ExitCode == 0, $"conformance.mjs exited with {fixture.Run.ExitCode}.{Environment.NewLine}{ScriptOutput()}");
    }

    private string ScriptOutput() =>
        $"exit {fixture.Run.ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{fixture.Run.StandardOutput}stderr:{Environment.NewLine}{fixture.Run.StandardError}";
}
