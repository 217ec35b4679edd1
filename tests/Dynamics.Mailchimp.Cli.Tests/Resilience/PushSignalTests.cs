using System.Runtime.InteropServices;
using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Issue #9 §4: SIGTERM and Ctrl+C stop <c>dmc push</c> cleanly: no new work is claimed, the batch in flight is recorded,
/// and the process exits within a few seconds. A real signal to the built program in a child process; the sandboxes
/// run in this process and hold the push at the Mailchimp gate, mid-send, when the signal arrives.
/// </summary>
[Trait("Category", "Resilience")]
public sealed class PushSignalTests
{
    private const int RowsPerCycle = 2;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task Push_SignalledMidSend_RecordsBothCyclesInFlightClaimsNoOtherAndExits(PosixSignal signal)
    {
        // Arrange
        await using var audience = await QueuedAudience.StartAsync(members: 400, rowSize: 50, optOutEvery: 1_000, unsubscribedEvery: 1_000);

        // Act
        var (exit, output) = await SignalMidSendAsync(audience, signal);

        // Assert
        Assert.True(exit is not null, $"still running {StopDeadline.TotalSeconds} s after {signal}:\n{output}");
        Assert.Contains(exit, new int?[] { ExitCodes.Success, ExitCodes.ItemsFailed });
        var states = audience.Rows().Select(r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value).ToList();
        Assert.All(states.Take(2 * RowsPerCycle), state => Assert.Equal(QueueItemStates.Done, state));
        Assert.All(states.Skip(2 * RowsPerCycle), state => Assert.Equal(QueueItemStates.Pending, state));
        Assert.Equal(2, audience.Mailchimp.Requests.Count(r => r.Method == "POST"));
    }

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task Push_SignalledMidSend_ReportsTwoCyclesStoppedAndExitsZero(PosixSignal signal)
    {
        // Arrange
        await using var audience = await QueuedAudience.StartAsync(members: 400, rowSize: 50, optOutEvery: 1_000, unsubscribedEvery: 1_000);

        // Act
        var (exit, output) = await SignalMidSendAsync(audience, signal);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.True(output.TrimStart().StartsWith('{'), $"exit {exit}, no JSON:\n{output}");
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("stopped").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("cycles").GetInt32());
    }

    /// <summary>
    /// Starts <c>dmc push --json</c>, holds it at its first batch subscribe until the second cycle's batch subscribe is
    /// held beside it (the second cycle is read, decided and sent while the first is being answered), signals it and lets
    /// both sends go on.
    /// </summary>
    private static async Task<(int? Exit, string Output)> SignalMidSendAsync(QueuedAudience audience, PosixSignal signal)
    {
        var gate = new SteppedGate(audience, atMailchimp: true);
        gate.Close();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DMC_Sync__Push__RowsPerCycle"] = RowsPerCycle.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The gate counts the drain's Mailchimp requests; reconciliation's reads (issue #12) are switched off here.
            ["DMC_Sync__Reconcile__DynamicLists"] = "false",
            ["DMC_Sync__Reconcile__IntervalDays"] = "0",
        };
        await using var child = DmcChildProcess.Start(["push", "--json", .. audience.Flags], environment);

        // The first Mailchimp request is the first cycle's batch subscribe: the audience size is read only when the
        // mass-removal rail could trip, and 100 joins cannot.
        var midSend = await gate.StepAsync(1, child.Exited).WaitAsync(StartTimeout);
        Assert.True(midSend, "the push ended before it sent anything:\n" + child.Output);
        var both = audience.Mailchimp.Controls.WaitForHeldRequestsAsync(2, CancellationToken.None);
        Assert.True(await Task.WhenAny(both, child.Exited).WaitAsync(StartTimeout) == both, "the push ended before its second cycle was sent:\n" + child.Output);

        child.Signal(signal);
        gate.Open();
        var exit = await child.WaitForExitAsync(StopDeadline);
        return (exit, child.Output);
    }
}
