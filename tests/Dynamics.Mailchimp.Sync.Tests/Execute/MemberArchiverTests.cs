using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Archives, against the Mailchimp sandbox.</summary>
public sealed class MemberArchiverTests
{
    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    [Fact]
    public async Task ExecuteAsync_ArchiveRemoval_ArchivesTheMember()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedAsync(email);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Remove(email, RemovalKind.Archive)));

        // Assert
        Assert.Equal((PlanResultKind.Confirmed, MemberStatus.Archived), (result.Kind, result.Status));
        Assert.Equal(["DELETE"], sut.CallsSinceSeed.Select(r => r.Method));
        Assert.Equal((MemberStatus?)MemberStatus.Archived, (await sut.GetMemberAsync(email))!.Status);
    }

    [Fact]
    public async Task ExecuteAsync_AlreadyArchived_405IsDone()
    {
        // Arrange: a DELETE of an archived member answers 405 "This list member cannot be removed…" (amro/gibbon#320).
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedAsync(email);
        await sut.ExecuteAsync(Plans.Remove(email, RemovalKind.Archive));
        sut.MarkSeeded();

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Remove(email, RemovalKind.Archive)));

        // Assert
        Assert.Equal(PlanResultKind.Confirmed, result.Kind);
        Assert.Equal([405], sut.CallsSinceSeed.Select(r => r.StatusCode));
        Assert.Contains("cannot be removed", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ArchiveOfAnAddressNotOnTheList_IsDone()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Remove(Plans.Email(1), RemovalKind.Archive)));

        // Assert
        Assert.Equal(PlanResultKind.Confirmed, result.Kind);
        Assert.Equal([404], sut.CallsSinceSeed.Select(r => r.StatusCode));
    }
}
