using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Compliance states. Pages: https://mailchimp.com/developer/marketing/docs/errors/ and https://mailchimp.com/developer/marketing/api/list-members/</summary>
public sealed partial class MembersHandlerTests
{
    private const string ComplianceDetail = "ada@brightfield-labs.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.";

    [Fact(DisplayName = "Put_SubscribedForSelfUnsubscribedMember_Returns400ComplianceState (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Put_SubscribedForSelfUnsubscribedMember_Returns400ComplianceState()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "ada@brightfield-labs.com", "No longer interested");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status = "subscribed" });
        var (_, read) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member In Compliance State", ComplianceDetail);
        Assert.Equal("unsubscribed", read!["status"]!.GetValue<string>());
        Assert.Equal("No longer interested", read["unsubscribe_reason"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_SubscribedForCleanedMember_Returns400ComplianceState (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Patch_SubscribedForCleanedMember_Returns400ComplianceState()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member In Compliance State", ComplianceDetail);
    }

    [Fact(DisplayName = "Put_PendingForSelfUnsubscribedMember_IsAccepted (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_PendingForSelfUnsubscribedMember_IsAccepted()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status = "pending" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pending", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_SubscribedForApiUnsubscribedMember_IsAccepted (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_SubscribedForApiUnsubscribedMember_IsAccepted()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { status = "unsubscribed" });

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subscribed", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_ComplianceRefusal_LeavesMemberAndLastChangedUntouched (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Put_ComplianceRefusal_LeavesMemberAndLastChangedUntouched()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "ada@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromHours(1));

        // Act
        await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "renamed@brightfield-labs.com", status = "subscribed" });
        var (_, read) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        Assert.Equal("ada@brightfield-labs.com", read!["email_address"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:00:00+00:00", read["last_changed"]!.GetValue<string>());
    }

    // Cleaned (bounced) contacts cannot be re-subscribed by the API (https://mailchimp.com/developer/marketing/docs/errors/;
    // community: ibericode/mailchimp-for-wordpress#798, tbar0970/jethro-pmm#656). Whether `pending` is refused as well is not
    // recorded: refusing it for a cleaned member (a confirmation email to a bouncing address) is the sandbox's documented
    // choice (README, "Compliance").
    [Fact(DisplayName = "Put_PendingForCleanedMember_Returns400ComplianceState (https://mailchimp.com/developer/marketing/docs/errors/; sandbox choice, README Compliance)")]
    public async Task Put_PendingForCleanedMember_Returns400ComplianceState()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status = "pending" });
        var (_, read) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member In Compliance State", ComplianceDetail);
        Assert.Equal("cleaned", read!["status"]!.GetValue<string>());
    }
}
