using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>The whole step: call budget (issue #9), 429 storms, and which plans are sent.</summary>
public sealed class MailchimpPlanExecutorTests
{
    private static string ListPath => $"/3.0/lists/{ExecuteHarness.AudienceId}";

    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    private static int Chunks(int n) => (n + 499) / 500;

    [Fact]
    public async Task ExecuteAsync_1200UpsertsWithOneTag_StaysWithinTheCallBudget()
    {
        // Arrange
        await using var sut = await CreateSut();
        const int n = 1200;
        var plans = Enumerable.Range(1, n).Select(i => Plans.Upsert(Plans.Email(i), tags: "Newsletter")).ToArray();

        // Act
        var results = await sut.ExecuteAsync(plans);

        // Assert: ceil(N/500) batch subscribes, ceil(N/500) segment updates, and the tag's lookup and creation.
        Assert.All(results, r => Assert.Equal(PlanResultKind.Confirmed, r.Kind));
        var calls = sut.CallsSinceSeed;
        var memberData = calls.Count(r => r.Method == "POST" && r.Path == ListPath);
        var segmentUpdates = calls.Count(r => r.Method == "POST" && r.Path.StartsWith(ListPath + "/segments/", StringComparison.Ordinal));
        var ensureTag = calls.Count(r => r.Path == ListPath + "/segments");
        Assert.Equal((Chunks(n), Chunks(n), 2), (memberData, segmentUpdates, ensureTag));
        Assert.Equal(memberData + segmentUpdates + ensureTag, calls.Count);
        var tag = await sut.Client.FindTagAsync(ExecuteHarness.AudienceId, "Newsletter");
        Assert.Equal(n, tag!.MemberCount);
    }

    [Fact]
    public async Task ExecuteAsync_429Storm_RetriedAndNothingLost()
    {
        // Arrange: five 429s on the audience's paths, fewer than the client's attempts for any one request.
        await using var sut = await CreateSut();
        const int n = 1000;
        sut.Sandbox.Controls.InjectFault(new FaultRule(ListPath, 429, 5, RetryAfter: 0));
        var plans = Enumerable.Range(1, n).Select(i => Plans.Upsert(Plans.Email(i), tags: "Newsletter")).ToArray();

        // Act
        var results = await sut.ExecuteAsync(plans);

        // Assert
        Assert.All(results, r => Assert.Equal(PlanResultKind.Confirmed, r.Kind));
        Assert.Equal(5, sut.CallsSinceSeed.Count(r => r.StatusCode == 429));
        var stored = await sut.Client.GetMembersAsync(ExecuteHarness.AudienceId).CountAsync();
        Assert.Equal(n, stored);
        Assert.Equal(n, (await sut.Client.FindTagAsync(ExecuteHarness.AudienceId, "Newsletter"))!.MemberCount);
    }

    [Fact]
    public async Task ExecuteAsync_SkippedAndHeldPlans_AreNotSentNorInTheResult()
    {
        // Arrange
        await using var sut = await CreateSut();
        var skip = new SkipReason(SkipCode.NotInSyncedList, "contact 1 is in no syncing list");
        var plans = new[]
        {
            Plans.Upsert(Plans.Email(1)) with { Skip = skip },
            Plans.Remove(Plans.Email(2), RemovalKind.Archive) with { Held = skip },
            Plans.Upsert(Plans.Email(3)),
        };

        // Act
        var results = await sut.ExecuteAsync(plans);

        // Assert
        Assert.Equal([Plans.Email(3)], results.Select(r => r.Plan.Email));
        Assert.Single(sut.CallsSinceSeed);
    }

    [Fact]
    public async Task ExecuteAsync_PendingForNewMember_StatusReadFromMailchimp()
    {
        // Arrange
        await using var sut = await CreateSut();
        var plan = Plans.Upsert(Plans.Email(1));
        plan = plan with { Upsert = plan.Upsert! with { StatusIfNew = MemberStatus.Pending } };

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(plan));

        // Assert
        Assert.Equal((PlanResultKind.Confirmed, MemberStatus.Pending), (result.Kind, result.Status));
    }

    [Fact]
    public async Task ExecuteAsync_PlansInTwoAudiences_OneBatchEach()
    {
        // Arrange
        const string other = "f6e5d4c3b2";
        await using var sut = await ExecuteHarness.StartAsync(o => o.Audiences.Add(new SandboxAudienceSeed { Id = other, Name = "Partners" }));
        var email = Plans.Email(1);

        // Act
        var results = await sut.ExecuteAsync(Plans.Upsert(email), Plans.Upsert(email) with { AudienceId = other });

        // Assert
        Assert.All(results, r => Assert.Equal(PlanResultKind.Confirmed, r.Kind));
        Assert.Equal([ListPath, "/3.0/lists/" + other], sut.CallsSinceSeed.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.NotNull(await sut.Client.GetMemberAsync(other, email));
    }

    [Fact]
    public async Task PlansInFlight_FourConnections_IsFourBatchesOfFiveHundred()
    {
        // Arrange
        await using var harness = await ExecuteHarness.StartAsync();

        // Act
        var sut = new MailchimpPlanExecutor(harness.Client, connections: 4);

        // Assert: what one round of batch subscribes carries (the outcome stream holds the last round's answers).
        Assert.Equal(2000, sut.PlansInFlight);
        Assert.Equal(5000, harness.Sut.PlansInFlight);
    }
}
