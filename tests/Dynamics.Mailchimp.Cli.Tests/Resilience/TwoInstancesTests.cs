using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Issue #9, Show: two instances draining one queue. Two <c>dmc push</c> runs in this process against the same
/// sandboxes; the Mailchimp sandbox's gate holds the first one mid-send, so the second certainly starts while the
/// first holds the lease (no timing involved).
/// </summary>
[Trait("Category", "Resilience")]
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const int Members = 2_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private QueuedAudience _audience = null!;

    public async Task InitializeAsync() => _audience = await QueuedAudience.StartAsync(Members, rowSize: 100, optOutEvery: 53, unsubscribedEvery: 59);

    public async Task DisposeAsync() => await _audience.DisposeAsync();

    [Fact]
    public async Task Push_TwoInstancesOverlap_SecondFindsTheLeaseHeldAndNoMemberIsSentTwice()
    {
        // Arrange
        var (firstConsole, firstOutput) = TestConsole.Create();
        var (secondConsole, secondOutput) = TestConsole.Create();
        _audience.Mailchimp.Controls.HoldRequests();
        var first = DmcCli.RunAsync(firstConsole, ["push", "--json", .. _audience.Flags]);
        await _audience.Mailchimp.Controls.WaitForHeldRequestsAsync(1, CancellationToken.None).WaitAsync(Timeout);

        // Act
        var secondExit = await DmcCli.RunAsync(secondConsole, ["push", "--json", .. _audience.Flags]).WaitAsync(Timeout);
        _audience.Mailchimp.Controls.ReleaseRequests();
        var firstExit = await first.WaitAsync(Timeout);

        // Assert
        Assert.Equal(ExitCodes.Success, secondExit);
        using var second = JsonDocument.Parse(secondOutput.ToString());
        Assert.Equal(JsonValueKind.String, second.RootElement.GetProperty("leaseHeldBy").ValueKind);
        Assert.Equal(0, second.RootElement.GetProperty("calls").GetProperty("mailchimp").GetInt32());
        Assert.Equal(ExitCodes.Success, firstExit);
        using var firstJson = JsonDocument.Parse(firstOutput.ToString());
        Assert.Equal(JsonValueKind.Null, firstJson.RootElement.GetProperty("leaseHeldBy").ValueKind);
        Assert.Equal([QueueItemStates.Done], _audience.RowStates().Keys);
        var sent = SentAddresses();
        Assert.Empty(sent.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(Members + 2 - _audience.CrmOptOuts.Count, sent.Count);
    }

    [Fact]
    public async Task Push_TwoInstancesOneAfterTheOther_SecondFindsNothingToSend()
    {
        // Arrange
        var (firstConsole, _) = TestConsole.Create();
        var (secondConsole, secondOutput) = TestConsole.Create();
        await DmcCli.RunAsync(firstConsole, ["push", .. _audience.Flags]).WaitAsync(Timeout);
        var sentByFirst = SentAddresses().Count;

        // Act
        var exit = await DmcCli.RunAsync(secondConsole, ["push", "--json", .. _audience.Flags]).WaitAsync(Timeout);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(secondOutput.ToString());
        Assert.Equal(0, json.RootElement.GetProperty("cycles").GetInt32());
        Assert.Equal(sentByFirst, SentAddresses().Count);
        Assert.Equal([QueueItemStates.Done], _audience.RowStates().Keys);
    }

    /// <summary>Every member address in every batch-subscribe request the Mailchimp sandbox received.</summary>
    private List<string> SentAddresses() =>
    [
        .. _audience.Mailchimp.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/lists/" + _audience.Seed.AudienceId, StringComparison.Ordinal))
            .SelectMany(r =>
            {
                using var body = JsonDocument.Parse(r.Body!);
                return body.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("email_address").GetString()!).ToList();
            }),
    ];
}
