using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Email changes rename the member in place, before the upserts, against the Mailchimp sandbox.</summary>
public sealed class EmailRenamerTests
{
    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    [Fact]
    public async Task ExecuteAsync_EmailChanged_RenamesInPlaceKeepingTheContact()
    {
        // Arrange: the rename keeps contact_id and history (recorded in grouparoo's exportRecord.js fixture).
        await using var sut = await CreateSut();
        var old = Plans.Email(1);
        var renamed = Plans.Email(2);
        await sut.SeedAsync(old);
        var before = await sut.GetMemberAsync(old);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(renamed, firstName: "Grace", previousEmail: old)));

        // Assert
        Assert.Equal((PlanResultKind.Confirmed, SubscriberHash.Compute(renamed)), (result.Kind, result.MemberId));
        var after = await sut.GetMemberAsync(renamed);
        Assert.Equal((before!.ContactId, "Grace"), (after!.ContactId, after.MergeFields!["FNAME"].GetString()));
        Assert.Null(await sut.GetMemberAsync(old));
    }

    [Fact]
    public async Task ExecuteAsync_NewAddressAlreadyAMember_FailsNamingBothAddresses()
    {
        // Arrange: Mailchimp answers 400 Member Exists "… is already in this list with a status of …" (brandonseydel/MailChimp.Net#201).
        await using var sut = await CreateSut();
        var old = Plans.Email(1);
        var taken = Plans.Email(2);
        await sut.SeedAsync(old, taken);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(taken, firstName: "Grace", previousEmail: old, tags: "VIP")));

        // Assert
        Assert.Equal((PlanResultKind.Failed, SubscriberHash.Compute(old)), (result.Kind, result.MemberId));
        Assert.Contains($"Cannot change the address of {old} to {taken}", result.Detail, StringComparison.Ordinal);
        Assert.Contains($"{taken} is already in this list with a status of", result.Detail, StringComparison.Ordinal);
        Assert.Equal(["PATCH"], sut.CallsSinceSeed.Select(r => r.Method));
        Assert.Equal("Seeded", (await sut.GetMemberAsync(taken))!.MergeFields!["FNAME"].GetString());
        Assert.NotNull(await sut.GetMemberAsync(old));
    }

    [Fact]
    public async Task ExecuteAsync_OldAddressNotAMember_FallsThroughToTheUpsert()
    {
        // Arrange
        await using var sut = await CreateSut();
        var renamed = Plans.Email(2);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(renamed, previousEmail: Plans.Email(1))));

        // Assert
        Assert.Equal((PlanResultKind.Confirmed, MemberStatus.Subscribed), (result.Kind, result.Status));
        Assert.Contains($"{Plans.Email(1)} was not a member", result.Detail, StringComparison.Ordinal);
        Assert.NotNull(await sut.GetMemberAsync(renamed));
    }

    [Fact]
    public async Task ExecuteAsync_OldAddressNotAMemberAndUpdateOnly_NothingCreated()
    {
        // Arrange
        await using var sut = await CreateSut();
        var renamed = Plans.Email(2);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(renamed, updateOnly: true, previousEmail: Plans.Email(1))));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Contains($"{renamed} is not a member", result.Detail, StringComparison.Ordinal);
        Assert.Null(await sut.GetMemberAsync(renamed));
    }
}
