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
    public async Task ExecuteAsync_TwoCallsSideBySideTagWithOneNewTag_BothConfirmedAndTheTagMadeOnce()
    {
        // Arrange: the push sends a cycle while the one before is still being answered; both tag a new tag. Mailchimp
        // refuses a second segment of the same name ("Sorry, that tag already exists"), so the tag phases take turns.
        await using var sut = await CreateSut();

        // Act
        var results = await Task.WhenAll(
            Task.Run(() => sut.ExecuteAsync(Plans.Upsert(Plans.Email(1), tags: "Spring Webinar"), Plans.Upsert(Plans.Email(2), tags: "Spring Webinar"))),
            Task.Run(() => sut.ExecuteAsync(Plans.Upsert(Plans.Email(3), tags: "Spring Webinar"), Plans.Upsert(Plans.Email(4), tags: "Spring Webinar"))));

        // Assert
        Assert.All(results.SelectMany(r => r), result => Assert.Equal(PlanResultKind.Confirmed, result.Kind));
        Assert.Single(sut.CallsSinceSeed, r => r.Method == "POST" && r.Path.EndsWith("/segments", StringComparison.Ordinal));
        foreach (var n in Enumerable.Range(1, 4))
        {
            Assert.Equal(["Spring Webinar"], (await sut.GetMemberAsync(Plans.Email(n)))!.Tags!.Select(t => t.Name));
        }
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
