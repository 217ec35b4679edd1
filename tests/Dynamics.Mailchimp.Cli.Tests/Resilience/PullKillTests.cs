using System.Diagnostics;
using System.Globalization;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Xunit.Abstractions;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Issue #10, Show: the kill test of the pull. <c>dmc pull</c> (member statuses, then campaigns and activity) runs as a
/// child process against both sandboxes hosted in this process, over a Mailchimp side where 2,100 of 2,400 members
/// changed since the checkpoint (unsubscribes, cleans, archives, re-subscribes; some addresses shared by two contacts),
/// read in pages of 200, and two campaigns whose activity spans several pages and <c>$batch</c> writes. It is SIGKILLed
/// at 22 seeded points across reruns, each the k-th request of one kind, counted live at the sandboxes' gates (status
/// reads, record matching, consent writes, checkpoint writes, campaign and activity reads and writes, the lease). After
/// every kill no checkpoint may be ahead of its data; after a clean run every consent change is applied exactly as one
/// uninterrupted run applies it, and the activity rows are exactly the expected events, each once under its key.
/// </summary>
/// <remarks>
/// <para>A consent log row may <b>not</b> appear twice after a kill, and the test says so: a record's log rows commit in
/// one change set with its new status, and a rerun that reads the member again finds that status stored and changes
/// nothing (<see cref="PullConsentExpectations"/>).</para>
/// <para>A kill lands between requests: after the point's request was answered, before the next one runs (it is held
/// and dropped with the child, as a real server drops a request whose connection is gone). Killing "before request
/// <c>k</c>" is the same as killing after request <c>k − 1</c>, so every gap of the run can be drawn.</para>
/// </remarks>
[Trait("Category", "Resilience")]
public sealed class PullKillTests(ITestOutputHelper log)
{
    private const int Members = 2_400;
    private const int PageSize = 200;
    private const int ActivityBatchSize = 500;
    private const int Kills = 22;
    private const int Seed = 10_2026;

    // A bound, not a synchronisation: no run here takes more than a few seconds.
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Pull_KilledAtTwentyTwoPointsAcrossStatusesAndActivityThenRerun_AppliesEveryChangeOnceAndNoCheckpointIsAheadOfItsData()
    {
        // Arrange
        var clock = Stopwatch.StartNew();
        await using var scenario = await PullScenario.StartAsync(Members);
        var consent = new PullConsentExpectations(scenario);
        var activity = new PullActivityExpectations(scenario);
        var points = new PullKillPoints(Seed);
        var stepper = new PullRequestStepper(scenario.Mailchimp, scenario.Dataverse);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DMC_Sync__Pull__PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture),
            ["DMC_Sync__Activity__BatchSize"] = ActivityBatchSize.ToString(CultureInfo.InvariantCulture),
        };
        var killedAfter = new HashSet<PullRequestKind>();
        var seen = new HashSet<PullRequestKind>();
        var kills = 0;
        log.WriteLine($"seed {Seed}; {scenario.Records.Count} contacts, {activity.Count} activity events; set up in {clock.Elapsed.TotalSeconds:F1} s");

        // Act
        for (var run = 1; kills < Kills && run <= Kills * 2; run++)
        {
            scenario.ExpireLease();
            var point = points.Next(consent.StatusesLeft);
            stepper.Close();
            await using var child = DmcChildProcess.Start(["pull", .. scenario.Flags], environment);
            var reached = await stepper.StepToAsync(point, child.Exited);
            seen.UnionWith(stepper.Counts.Keys);
            if (reached)
            {
                await child.KillAsync();
                kills++;
                killedAfter.Add(point.Kind);
                using var settled = new CancellationTokenSource(RunTimeout);
                await stepper.OpenAfterKillAsync(settled.Token);
                await scenario.WaitForDataverseQuietAsync(settled.Token);
                var after = $"run {run}, kill {kills} {point}";
                consent.AssertCheckpointNotAhead(after);
                activity.AssertCheckpointsNotAhead(after);
                log.WriteLine($"{after}; statuses left: {consent.StatusesLeft}; {clock.Elapsed.TotalSeconds:F1} s");
            }
            else
            {
                stepper.Open();
                log.WriteLine($"run {run}: ended before {point} ({string.Join(", ", stepper.Counts.Select(c => $"{c.Key} {c.Value}"))})");
            }

            Assert.NotNull(await child.WaitForExitAsync(RunTimeout));
        }

        scenario.ExpireLease();
        await using var final = DmcChildProcess.Start(["pull", "--json", .. scenario.Flags], environment);
        var exit = await final.WaitForExitAsync(RunTimeout);
        log.WriteLine($"clean run: exit {exit}; {clock.Elapsed.TotalSeconds:F1} s");

        // Assert
        Assert.True(kills >= Kills, $"only {kills} kills");
        Assert.True(exit == ExitCodes.Success, final.Output);
        consent.AssertCheckpointNotAhead("the clean run");
        activity.AssertCheckpointsNotAhead("the clean run");
        consent.AssertConsentApplied();
        consent.AssertConsentLog();
        activity.AssertExactlyOnce();
        Assert.Equal(Enum.GetValues<PullRequestKind>().Order(), seen.Order());
        Assert.Superset(new HashSet<PullRequestKind> { PullRequestKind.StatusRead, PullRequestKind.ConsentWrite, PullRequestKind.MemberCheckpointWrite, PullRequestKind.ActivityRead, PullRequestKind.ActivityWrite }, killedAfter);
        log.WriteLine($"checked in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
