using System.Collections.Concurrent;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Execute hands each plan over as soon as its last part is answered, once (the push records it meanwhile).</summary>
public sealed class PlanReportingTests
{
    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    [Fact]
    public async Task ExecuteAsync_UpsertOnlyPlans_AreHandedOverBeforeAnyTagOrArchiveCall()
    {
        // Arrange: 600 upserts (two batch subscribes), one tagged member, one archive.
        await using var sut = await CreateSut();
        await sut.SeedAsync("leaver@contoso.com");
        var upserts = Enumerable.Range(1, 600).Select(i => Plans.Upsert(Plans.Email(i))).ToArray();
        var tagged = Plans.Upsert("tagged@contoso.com", tags: "Newsletter");
        var archive = Plans.Remove("leaver@contoso.com", RemovalKind.Archive);
        var laterCalls = new ConcurrentDictionary<MemberPlan, int>(ReferenceEqualityComparer.Instance);
        int LaterCalls() => sut.CallsSinceSeed.Count(r => r.Path.Contains("/segments", StringComparison.Ordinal) || r.Method == "DELETE");

        // Act: note, as each plan is handed over, how many tag or archive calls Mailchimp had seen.
        var results = await sut.Sut.ExecuteAsync([.. upserts, tagged, archive], finished =>
        {
            foreach (var result in finished)
            {
                Assert.True(laterCalls.TryAdd(result.Plan, LaterCalls()), $"{result.Plan.Email} was handed over twice");
            }
        }, CancellationToken.None);

        // Assert
        Assert.Equal(602, results.Count);
        Assert.Equal(602, laterCalls.Count);
        Assert.All(upserts, plan => Assert.Equal(0, laterCalls[plan]));
        Assert.True(laterCalls[tagged] > 0);
        Assert.True(laterCalls[archive] > laterCalls[tagged], "the archive is handed over after its own call, which follows the tags");
        Assert.All(results, r => Assert.Equal(PlanResultKind.Confirmed, r.Kind));
    }

    [Fact]
    public async Task ExecuteAsync_RefusedMember_IsHandedOverWithItsRefusalAndOnlyOnce()
    {
        // Arrange
        await using var sut = await CreateSut();
        var good = Plans.Upsert(Plans.Email(1), tags: "Newsletter");
        var fake = Plans.Upsert("test@" + Plans.Domain, tags: "Newsletter");
        var handed = new ConcurrentBag<PlanResult>();

        // Act
        var results = await sut.Sut.ExecuteAsync([good, fake], finished =>
        {
            foreach (var result in finished)
            {
                handed.Add(result);
            }
        }, CancellationToken.None);

        // Assert
        Assert.Equal(2, handed.Count);
        Assert.Equal(results.Select(r => (r.Plan.Email, r.Kind)).Order(), handed.Select(r => (r.Plan.Email, r.Kind)).Order());
        Assert.Contains(handed, r => r.Kind != PlanResultKind.Confirmed && r.Plan.Email == "test@" + Plans.Domain);
    }
}
