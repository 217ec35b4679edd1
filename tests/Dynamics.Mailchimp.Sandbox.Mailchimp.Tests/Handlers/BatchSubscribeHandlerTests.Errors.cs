using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Per-member refusals. Page: https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</summary>
public sealed partial class BatchSubscribeHandlerTests
{
    [Fact(DisplayName = "Batch_SubscribeSelfUnsubscribedMember_KeptUnsubscribedAndReportedUpdated (recorded in the field: strangerstudios/pmpro-mailchimp#151)")]
    public async Task Batch_SubscribeSelfUnsubscribedMember_KeptUnsubscribedAndReportedUpdated()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("held@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "held@brightfield-labs.com");

        // Act
        var (_, body) = await sut.PostAsync(Batch, new
        {
            members = new[] { new { email_address = "held@brightfield-labs.com", status = "subscribed", merge_fields = new { FNAME = "Held" } } },
            update_existing = true,
        });
        var (_, read) = await sut.GetAsync($"{Batch}/members/held@brightfield-labs.com");

        // Assert
        var updated = Assert.Single(body!["updated_members"]!.AsArray());
        Assert.Equal("unsubscribed", updated!["status"]!.GetValue<string>());
        Assert.Empty(body["errors"]!.AsArray());
        Assert.Equal("unsubscribed", read!["status"]!.GetValue<string>());
        Assert.Equal("Held", read["merge_fields"]!["FNAME"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Batch_SubscribeSelfUnsubscribedMemberWithReportErrorOption_ReportsComplianceErrorPerMember (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Batch_SubscribeSelfUnsubscribedMemberWithReportErrorOption_ReportsComplianceErrorPerMember()
    {
        // Arrange
        await using var sut = await TestSandbox.StartAsync(o => o.BatchResubscribe = BatchResubscribeBehavior.ReportError);
        await sut.AddMemberAsync("held@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "held@brightfield-labs.com");

        // Act
        var (_, body) = await sut.PostAsync(Batch, new
        {
            members = new[] { new { email_address = "held@brightfield-labs.com", status = "subscribed" }, new { email_address = "fine@brightfield-labs.com", status = "subscribed" } },
            update_existing = true,
        });

        // Assert
        var error = Error(body!, "held@brightfield-labs.com");
        Assert.Equal("ERROR_GENERIC", error["error_code"]!.GetValue<string>());
        Assert.Equal("held@brightfield-labs.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.", error["error"]!.GetValue<string>());
        Assert.Equal(1, body!["total_created"]!.GetValue<int>());
        Assert.Empty(body["updated_members"]!.AsArray());
    }

    [Fact(DisplayName = "Batch_SubscribeCleanedMember_ReportsComplianceErrorWhateverTheOption (https://mailchimp.com/developer/marketing/docs/errors/ Member In Compliance State)")]
    public async Task Batch_SubscribeCleanedMember_ReportsComplianceErrorWhateverTheOption()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("bounced@brightfield-labs.com");
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "bounced@brightfield-labs.com");

        // Act
        var (_, body) = await sut.PostAsync(Batch, new { members = new[] { new { email_address = "bounced@brightfield-labs.com", status = "subscribed" } }, update_existing = true });

        // Assert
        Assert.Contains("compliance state", Error(body!, "bounced@brightfield-labs.com")["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Controls_BatchResubscribe_SwitchesBehaviourAndResetRestoresIt")]
    public async Task Controls_BatchResubscribe_SwitchesBehaviourAndResetRestoresIt()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("held@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "held@brightfield-labs.com");

        // Act
        sut.Sandbox.Controls.BatchResubscribe = BatchResubscribeBehavior.ReportError;
        var (_, body) = await sut.PostAsync(Batch, new { members = new[] { new { email_address = "held@brightfield-labs.com", status = "subscribed" } }, update_existing = true });
        sut.Sandbox.Controls.Reset();

        // Assert
        Assert.Equal(1, body!["error_count"]!.GetValue<int>());
        Assert.Equal(BatchResubscribeBehavior.KeepUnsubscribed, sut.Sandbox.Controls.BatchResubscribe);
    }

    [Fact(DisplayName = "Batch_FakeAndForgottenAddresses_ReportedPerMember (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Batch_FakeAndForgottenAddresses_ReportedPerMember()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("gone@brightfield-labs.com");
        await sut.SendAsync(HttpMethod.Post, $"{Batch}/members/gone@brightfield-labs.com/actions/delete-permanent");

        // Act
        var (_, body) = await sut.PostAsync(Batch, new
        {
            members = new[] { new { email_address = "test@brightfield-labs.com", status = "subscribed" }, new { email_address = "gone@brightfield-labs.com", status = "subscribed" } },
        });

        // Assert
        Assert.Equal(2, body!["error_count"]!.GetValue<int>());
        Assert.Equal("test@brightfield-labs.com looks fake or invalid, please enter a real email address.", Error(body, "test@brightfield-labs.com")["error"]!.GetValue<string>());
        Assert.Equal("gone@brightfield-labs.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.", Error(body, "gone@brightfield-labs.com")["error"]!.GetValue<string>());
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("ERROR_GENERIC", e!["error_code"]!.GetValue<string>()));
    }

    [Fact(DisplayName = "Batch_ErrorItem_HasOfficialFieldNames (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_ErrorItem_HasOfficialFieldNames()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (_, body) = await sut.PostAsync(Batch, new { members = new[] { new { email_address = "fake@brightfield-labs.com", status = "subscribed" } } });

        // Assert
        Assert.Equal(["email_address", "error", "error_code", "field", "field_message"], body!["errors"]![0]!.AsObject().Select(p => p.Key).Order().ToArray());
    }

    [Fact(DisplayName = "Batch_MoreThan500Members_Returns400 (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_MoreThan500Members_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        var members = Enumerable.Range(0, 501).Select(i => new { email_address = $"m{i}@brightfield-labs.com", status = "subscribed" }).ToArray();

        // Act
        var (response, body) = await sut.PostAsync(Batch, new { members });
        var (_, list) = await sut.GetAsync($"{Batch}/members");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal(0, list!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "Batch_UpdateWithSyncTags_ReplacesTags (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_UpdateWithSyncTags_ReplacesTags()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.PostAsync($"{Batch}/members", new { email_address = "ada@brightfield-labs.com", status = "subscribed", tags = new[] { "Old" } });

        // Act
        var (_, body) = await sut.PostAsync(Batch, new
        {
            members = new[] { new { email_address = "ada@brightfield-labs.com", status = "subscribed", tags = new[] { "New" } } },
            update_existing = true,
            sync_tags = true,
        });

        // Assert
        var tags = body!["updated_members"]![0]!["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["New"], tags);
    }
}
