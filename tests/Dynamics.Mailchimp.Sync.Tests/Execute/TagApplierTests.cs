using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Tags through the tag's static segment, after the upserts, against the Mailchimp sandbox.</summary>
public sealed class TagApplierTests
{
    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    [Fact]
    public async Task ExecuteAsync_NewMemberWithTag_UpsertedFirstThenTagged()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, tags: "Newsletter")));

        // Assert
        Assert.Equal(PlanResultKind.Confirmed, result.Kind);
        var calls = sut.CallsSinceSeed.Select(r => r.Method + " " + r.Path[$"/3.0/lists/{ExecuteHarness.AudienceId}".Length..]).ToList();
        Assert.Equal("POST ", calls[0]);
        Assert.Equal("POST /segments/", calls[^1][..15]);
        Assert.Equal(["Newsletter"], (await sut.GetMemberAsync(email))!.Tags!.Select(t => t.Name));
    }

    [Fact]
    public async Task ExecuteAsync_TagAddedAndRemoved_BothApplied()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.ExecuteAsync(Plans.Upsert(email, tags: "Webinar"));

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Tags(email, add: ["Newsletter"], remove: ["Webinar"])));

        // Assert
        Assert.Equal(PlanResultKind.Confirmed, result.Kind);
        Assert.Equal(["Newsletter"], (await sut.GetMemberAsync(email))!.Tags!.Select(t => t.Name));
    }

    [Fact]
    public async Task ExecuteAsync_TagRefusedForAnAddress_PlanFailsNamingTagAndAddress()
    {
        // Arrange: the segment endpoint counts fake addresses in its errors.
        await using var sut = await CreateSut();
        const string fake = "test@" + Plans.Domain;

        // Act
        var results = await sut.ExecuteAsync(Plans.Tags(fake, add: ["Newsletter"], remove: []), Plans.Upsert(Plans.Email(1), tags: "Newsletter"));

        // Assert
        Assert.Equal([PlanResultKind.Failed, PlanResultKind.Confirmed], results.Select(r => r.Kind));
        Assert.Contains($"Tag 'Newsletter' could not be changed for {fake}", results[0].Detail, StringComparison.Ordinal);
    }
}
