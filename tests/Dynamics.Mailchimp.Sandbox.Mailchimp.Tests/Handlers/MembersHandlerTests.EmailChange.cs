using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Email change. Page: https://mailchimp.com/developer/marketing/api/list-members/update-list-member/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "Patch_OldHashWithNewEmail_RenamesMemberAndKeepsHistory (https://mailchimp.com/developer/marketing/api/list-members/update-list-member/)")]
    public async Task Patch_OldHashWithNewEmail_RenamesMemberAndKeepsHistory()
    {
        // Arrange
        await using var sut = await CreateSut();
        var original = await sut.AddMemberAsync("old@example.com");

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/{SubscriberHash.Of("old@example.com")}", new { email_address = "new@example.com" });
        var (oldRead, _) = await sut.GetAsync($"{Members}/old@example.com");
        var (newRead, newBody) = await sut.GetAsync($"{Members}/new@example.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SubscriberHash.Of("new@example.com"), body!["id"]!.GetValue<string>());
        Assert.Equal(original["unique_email_id"]!.GetValue<string>(), body["unique_email_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, oldRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newRead.StatusCode);
        Assert.Equal("new@example.com", newBody!["email_address"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_OldHashWithAddressAlreadyOnList_Returns400 (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_OldHashWithAddressAlreadyOnList_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("old@example.com");
        await sut.AddMemberAsync("taken@example.com", "unsubscribed");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/old@example.com", new { email_address = "taken@example.com", status_if_new = "subscribed" });
        var (_, old) = await sut.GetAsync($"{Members}/old@example.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member Exists", "taken@example.com is already in this list with a status of \"unsubscribed\".");
        Assert.Equal("old@example.com", old!["email_address"]!.GetValue<string>());
    }
}
