using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Upserts and unsubscribes in batch subscribe, each member's result read back, against the Mailchimp sandbox.</summary>
public sealed class MemberUpserterTests
{
    private static string ListPath => $"/3.0/lists/{ExecuteHarness.AudienceId}";

    private static Task<ExecuteHarness> CreateSut(Action<MailchimpSandboxOptions>? configure = null) => ExecuteHarness.StartAsync(configure);

    [Fact]
    public async Task ExecuteAsync_NewMember_ConfirmedWithStatusAndHashOfAddress()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);

        // Act
        var results = await sut.ExecuteAsync(Plans.Upsert(email));

        // Assert
        Assert.Equal(["POST " + ListPath], sut.CallsSinceSeed.Select(r => r.Method + " " + r.Path));
        var result = Assert.Single(results);
        Assert.Equal((PlanResultKind.Confirmed, MemberStatus.Subscribed, SubscriberHash.Compute(email)), (result.Kind, result.Status, result.MemberId));
        var member = await sut.GetMemberAsync(email);
        Assert.Equal("Ada", member!.MergeFields!["FNAME"].GetString());
    }

    [Fact]
    public async Task ExecuteAsync_FakeAddressInBatchOf500_OthersConfirmedAndItFailsNamingTheAddress()
    {
        // Arrange: "test@…" passes Decide's loose check; Mailchimp calls it fake (recorded for foo@example.com, see the sandbox README).
        await using var sut = await CreateSut();
        const string fake = "test@" + Plans.Domain;
        var plans = Enumerable.Range(1, 499).Select(n => Plans.Upsert(Plans.Email(n))).Append(Plans.Upsert(fake)).ToArray();

        // Act
        var results = await sut.ExecuteAsync(plans);

        // Assert
        Assert.Single(sut.CallsSinceSeed);
        Assert.Equal(499, results.Count(r => r.Kind == PlanResultKind.Confirmed));
        var failed = Assert.Single(results, r => r.Kind == PlanResultKind.Failed);
        Assert.Equal(fake, failed.Plan.Email);
        Assert.Contains(fake, failed.Detail, StringComparison.Ordinal);
        Assert.Contains("looks fake or invalid", failed.Detail, StringComparison.Ordinal);
        Assert.Null(await sut.GetMemberAsync(fake));
    }

    [Fact]
    public async Task ExecuteAsync_RequiredMergeFieldMissing_FailsWithMailchimpsFieldMessage()
    {
        // Arrange: "Your merge fields were invalid." with errors[{field, message: "Please enter a value"}] (ibericode/mailchimp-for-wordpress#545).
        await using var sut = await CreateSut();
        await sut.Client.CreateMergeFieldAsync(ExecuteHarness.AudienceId, new MergeFieldDefinition { Tag = "COMPANY", Name = "Company", Required = true });
        var email = Plans.Email(1);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email)));

        // Assert
        Assert.Equal(PlanResultKind.Failed, result.Kind);
        Assert.Contains(email, result.Detail, StringComparison.Ordinal);
        Assert.Contains("Your merge fields were invalid.", result.Detail, StringComparison.Ordinal);
        Assert.Contains("COMPANY: Please enter a value", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ResubscribeSelfUnsubscribed_KeptUnsubscribed_RefusedAndReportedUnsubscribed()
    {
        // Arrange: batch subscribe keeps a self-unsubscribed member unsubscribed and lists it as updated (strangerstudios/pmpro-mailchimp#151).
        await using var sut = await CreateSut(o => o.BatchResubscribe = BatchResubscribeBehavior.KeepUnsubscribed);
        var email = Plans.Email(1);
        await sut.SeedSelfUnsubscribedAsync(email);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, MemberStatus.Subscribed, firstName: "Grace")));

        // Assert
        Assert.Equal((PlanResultKind.Refused, MemberStatus.Unsubscribed), (result.Kind, result.Status));
        Assert.Contains($"kept {email} unsubscribed", result.Detail, StringComparison.Ordinal);
        var member = await sut.GetMemberAsync(email);
        Assert.Equal((MemberStatus?)MemberStatus.Unsubscribed, member!.Status);
        Assert.Equal("Grace", member.MergeFields!["FNAME"].GetString());
    }

    [Fact]
    public async Task ExecuteAsync_ResubscribeSelfUnsubscribed_ErrorItem_RefusedWithComplianceText()
    {
        // Arrange
        await using var sut = await CreateSut(o => o.BatchResubscribe = BatchResubscribeBehavior.ReportError);
        var email = Plans.Email(1);
        await sut.SeedSelfUnsubscribedAsync(email);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, MemberStatus.Subscribed, firstName: "Grace")));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Contains($"{email} is in a compliance state", result.Detail, StringComparison.Ordinal);
        var member = await sut.GetMemberAsync(email);
        Assert.Equal(("Seeded", (MemberStatus?)MemberStatus.Unsubscribed), (member!.MergeFields!["FNAME"].GetString(), member.Status));
    }

    [Fact]
    public async Task ExecuteAsync_DataChangeOfUnsubscribedMember_ConfirmedAsUnsubscribedNotSubscribed()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedSelfUnsubscribedAsync(email);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, status: null, firstName: "Grace")));

        // Assert
        Assert.Equal((PlanResultKind.Confirmed, MemberStatus.Unsubscribed), (result.Kind, result.Status));
    }

    [Fact]
    public async Task ExecuteAsync_SubscribeCleanedMember_Refused()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedAsync(email);
        sut.Sandbox.Controls.Bounce(ExecuteHarness.AudienceId, email, hard: true);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email, MemberStatus.Subscribed)));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Contains("compliance state", result.Detail, StringComparison.Ordinal);
        Assert.Equal((MemberStatus?)MemberStatus.Cleaned, (await sut.GetMemberAsync(email))!.Status);
    }

    [Fact]
    public async Task ExecuteAsync_ForgottenAddress_Refused()
    {
        // Arrange
        await using var sut = await CreateSut();
        var email = Plans.Email(1);
        await sut.SeedAsync(email);
        await sut.Client.DeleteMemberPermanentlyAsync(ExecuteHarness.AudienceId, email);

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(Plans.Upsert(email)));

        // Assert
        Assert.Equal(PlanResultKind.Refused, result.Kind);
        Assert.Contains($"{email} was permanently deleted", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_UnsubscribeRemoval_SentInTheBatchAndReportedUnsubscribed()
    {
        // Arrange
        await using var sut = await CreateSut();
        var leaving = Plans.Email(1);
        var staying = Plans.Email(2);
        await sut.SeedAsync(leaving);

        // Act
        var results = await sut.ExecuteAsync(Plans.Remove(leaving, RemovalKind.Unsubscribe), Plans.Upsert(staying));

        // Assert
        Assert.All(results, r => Assert.Equal(PlanResultKind.Confirmed, r.Kind));
        Assert.Equal([MemberStatus.Unsubscribed, MemberStatus.Subscribed], results.Select(r => r.Status));
        Assert.Equal(["POST " + ListPath], sut.CallsSinceSeed.Select(r => r.Method + " " + r.Path));
        Assert.Equal((MemberStatus?)MemberStatus.Unsubscribed, (await sut.GetMemberAsync(leaving))!.Status);
    }

    [Fact]
    public async Task ExecuteAsync_InterestsOnThePlan_RideOnTheUpsert()
    {
        // Arrange
        await using var sut = await CreateSut();
        var category = await sut.Client.CreateInterestCategoryAsync(ExecuteHarness.AudienceId, new InterestCategoryDefinition { Title = "Newsletters" });
        var monthly = await sut.Client.CreateInterestAsync(ExecuteHarness.AudienceId, category.Id, new InterestDefinition { Name = "Monthly" });
        sut.MarkSeeded();
        var email = Plans.Email(1);
        var plan = Plans.Upsert(email);
        plan = plan with { Upsert = plan.Upsert! with { Interests = new Dictionary<string, bool> { [monthly.Id] = true } } };

        // Act
        var result = Assert.Single(await sut.ExecuteAsync(plan));

        // Assert
        Assert.Equal(PlanResultKind.Confirmed, result.Kind);
        Assert.Single(sut.CallsSinceSeed);
        Assert.True((await sut.GetMemberAsync(email))!.Interests![monthly.Id]);
    }
}
