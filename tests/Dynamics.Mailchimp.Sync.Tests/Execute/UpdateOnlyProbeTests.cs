using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Update-only plans never create a member, against the Mailchimp sandbox.</summary>
public sealed class UpdateOnlyProbeTests
{
    private static Task<ExecuteHarness> CreateSut() => ExecuteHarness.StartAsync();

    [Fact]
    public async Task ExecuteAsync_UpdateOnlyAddressNotAMember_NotCreatedAndRefusedNamingTheAddress()
    {
        // Arrange
        await using var sut = await CreateSut();
        var missing = Plans.Email(1);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(missing, updateOnly: true, tags: "VIP")));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Equal($"{missing} is not a member of audience {ExecuteHarness.AudienceId} and every list that holds it is update-only, so it was not created.", result.Detail);
        Assert.Equal(["GET"], sut.CallsSinceSeed.Select(r => r.Method));
        Assert.Null(await sut.GetMemberAsync(missing));
    }

    [Fact]
    public async Task ExecuteAsync_ManyUpdateOnlyPlansInASmallAudience_ReadsItsMembersOnceAndCreatesNone()
    {
        // Arrange
        await using var sut = await CreateSut();
        var members = Enumerable.Range(1, 3).Select(Plans.Email).ToArray();
        await sut.SeedAsync(members);
        var plans = Enumerable.Range(1, 5).Select(n => Plans.Upsert(Plans.Email(n), firstName: "Grace", updateOnly: true)).ToArray();

        // Act
        var results = await sut.ExecuteAsync(plans);

        // Assert: the list, one page of members, one batch subscribe; no per-member read.
        Assert.Equal(
            ["GET /3.0/lists/" + ExecuteHarness.AudienceId, "GET /3.0/lists/" + ExecuteHarness.AudienceId + "/members", "POST /3.0/lists/" + ExecuteHarness.AudienceId],
            sut.CallsSinceSeed.Select(r => r.Method + " " + r.Path));
        Assert.Equal(
            [PlanResultKind.Confirmed, PlanResultKind.Confirmed, PlanResultKind.Confirmed, PlanResultKind.Refused, PlanResultKind.Refused],
            results.Select(r => r.Kind));
        Assert.Equal("Grace", (await sut.GetMemberAsync(members[0]))!.MergeFields!["FNAME"].GetString());
        Assert.Null(await sut.GetMemberAsync(Plans.Email(4)));
        Assert.Null(await sut.GetMemberAsync(Plans.Email(5)));
    }

    [Fact]
    public async Task ExecuteAsync_UpdateOnlyArchivedMember_NotBroughtBack()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedAsync(email);
        await sut.ExecuteAsync(Plans.Remove(email, RemovalKind.Archive));

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, updateOnly: true)));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Equal((MailchimpApi.Models.Members.MemberStatus?)MailchimpApi.Models.Members.MemberStatus.Archived, (await sut.GetMemberAsync(email))!.Status);
    }
}
