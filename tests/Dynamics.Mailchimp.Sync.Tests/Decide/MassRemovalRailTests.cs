using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

/// <summary>A run that would remove over 5 % and over 50 members of an audience holds those removals.</summary>
public sealed class MassRemovalRailTests
{
    private static MassRemovalRail CreateSut(SyncOptions? options = null) => new(options ?? new SyncOptions());

    private static IEnumerable<MemberPlan> Removals(int count, string audience = TestData.Audience, RemovalKind kind = RemovalKind.Archive) =>
        Enumerable.Range(1, count).Select(i => new MemberPlan
        {
            AudienceId = audience,
            Email = $"m{i}@example.org",
            RowIds = [TestData.RowId(i)],
            Removal = new Removal(kind, $"m{i}@example.org", "left"),
        });

    private static MemberPlan Upsert(string audience = TestData.Audience) => new()
    {
        AudienceId = audience,
        Email = "stay@example.org",
        Upsert = new UpsertPlan { Email = "stay@example.org", StatusIfNew = MailchimpApi.Models.Members.MemberStatus.Subscribed },
    };

    [Fact]
    public void Apply_OverShareAndOverMinimum_HoldsEveryRemovalWithCountAndHowToGoOn()
    {
        // Arrange
        var sut = CreateSut();
        MemberPlan[] plans = [.. Removals(51), Upsert()];

        // Act
        var result = sut.Apply(plans, new Dictionary<string, int> { [TestData.Audience] = 1000 });

        // Assert
        Assert.True(result.AnyHeld);
        Assert.All(result.Plans.Where(p => p.Removal is not null), p => Assert.Equal(SkipCode.MassRemovalHeld, p.Held!.Code));
        Assert.Null(result.Plans.Single(p => p.Removal is null).Held);
        var verdict = Assert.Single(result.Verdicts);
        Assert.Equal((51, (int?)1000, true), (verdict.Removals, verdict.AudienceSize, verdict.Held));
        Assert.Contains("51 members (5.1 % of its 1000 members)", verdict.Message);
        Assert.Contains("--allow-mass-removal", verdict.Message);
        Assert.All(result.Plans.Where(p => p.Removal is not null), p => Assert.False(p.IsSent));
    }

    [Fact]
    public void AudiencesToMeasure_OnlyAudiencesOverTheMinimum_AreMeasured()
    {
        // Arrange: 51 removals in one audience, 50 in another, upserts only in a third.
        var sut = CreateSut();
        MemberPlan[] plans = [.. Removals(51), .. Removals(50, "b2c3d4e5f6"), Upsert("c3d4e5f6a7")];

        // Act
        var audiences = sut.AudiencesToMeasure(plans);

        // Assert: the rail cannot trip at 50 or fewer, so those audiences cost no Mailchimp call.
        Assert.Equal([TestData.Audience], audiences);
    }

    [Fact]
    public void Apply_OverShareButNotOverMinimum_GoesAhead()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Apply(Removals(50).ToArray(), new Dictionary<string, int> { [TestData.Audience] = 100 });

        // Assert
        Assert.False(result.AnyHeld);
        Assert.All(result.Plans, p => Assert.Null(p.Held));
    }

    [Fact]
    public void Apply_OverMinimumButNotOverShare_GoesAhead()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Apply(Removals(500).ToArray(), new Dictionary<string, int> { [TestData.Audience] = 10_000 });

        // Assert
        Assert.False(result.AnyHeld);
    }

    [Fact]
    public void Apply_AllowMassRemoval_GoesAheadAndTheVerdictSaysSo()
    {
        // Arrange
        var sut = CreateSut(new SyncOptions { AllowMassRemoval = true });

        // Act
        var result = sut.Apply(Removals(200).ToArray(), new Dictionary<string, int> { [TestData.Audience] = 1000 });

        // Assert
        Assert.False(result.AnyHeld);
        Assert.Contains("going ahead", Assert.Single(result.Verdicts).Message);
    }

    [Fact]
    public void Apply_UnknownAudienceSize_TripsOnTheCountAlone()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Apply(Removals(51).ToArray(), new Dictionary<string, int>());

        // Assert
        Assert.True(result.AnyHeld);
        Assert.Contains("unknown size", Assert.Single(result.Verdicts).Message);
    }

    [Fact]
    public void Apply_OptOutUnsubscribesCountAsRemovals()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = sut.Apply(Removals(60, kind: RemovalKind.Unsubscribe).ToArray(), new Dictionary<string, int> { [TestData.Audience] = 100 });

        // Assert
        Assert.True(result.AnyHeld);
    }

    [Fact]
    public void Apply_RemovalsInAnotherAudience_AreJudgedSeparately()
    {
        // Arrange
        var sut = CreateSut();
        MemberPlan[] plans = [.. Removals(60), .. Removals(3, TestData.OtherAudience)];

        // Act
        var result = sut.Apply(plans, new Dictionary<string, int> { [TestData.Audience] = 100, [TestData.OtherAudience] = 100 });

        // Assert
        Assert.All(result.Plans.Where(p => p.AudienceId == TestData.OtherAudience), p => Assert.Null(p.Held));
        Assert.Equal([true, false], result.Verdicts.Select(v => v.Held));
    }

    [Fact]
    public void Apply_CustomThresholds_AreUsed()
    {
        // Arrange
        var sut = CreateSut(new SyncOptions { MassRemovalPercent = 1, MassRemovalMinimumMembers = 5 });

        // Act
        var result = sut.Apply(Removals(6).ToArray(), new Dictionary<string, int> { [TestData.Audience] = 500 });

        // Assert
        Assert.True(result.AnyHeld);
    }
}
