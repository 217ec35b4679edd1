using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Email change. Page: https://mailchimp.com/developer/marketing/api/list-members/update-list-member/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "Patch_OldHashWithNewEmail_RenamesMemberAndKeepsHistory (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js)")]
    public async Task Patch_OldHashWithNewEmail_RenamesMemberAndKeepsHistory()
    {
        // Arrange
        await using var sut = await CreateSut();
        var original = await sut.AddMemberAsync("old@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/{SubscriberHash.Of("old@brightfield-labs.com")}", new { email_address = "new@brightfield-labs.com" });
        var (oldRead, _) = await sut.GetAsync($"{Members}/old@brightfield-labs.com");
        var (newRead, newBody) = await sut.GetAsync($"{Members}/new@brightfield-labs.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SubscriberHash.Of("new@brightfield-labs.com"), body!["id"]!.GetValue<string>());
        Assert.NotEqual(original["unique_email_id"]!.GetValue<string>(), body["unique_email_id"]!.GetValue<string>());
        Assert.Equal(original["contact_id"]!.GetValue<string>(), body["contact_id"]!.GetValue<string>());
        Assert.Equal(original["web_id"]!.GetValue<long>(), body["web_id"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NotFound, oldRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newRead.StatusCode);
        Assert.Equal("new@brightfield-labs.com", newBody!["email_address"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_OldHashWithAddressAlreadyOnList_Returns400 (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_OldHashWithAddressAlreadyOnList_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("old@brightfield-labs.com");
        await sut.AddMemberAsync("taken@brightfield-labs.com", "unsubscribed");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/old@brightfield-labs.com", new { email_address = "taken@brightfield-labs.com", status_if_new = "subscribed" });
        var (_, old) = await sut.GetAsync($"{Members}/old@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member Exists", "taken@brightfield-labs.com is already in this list with a status of \"unsubscribed\".");
        Assert.Equal("old@brightfield-labs.com", old!["email_address"]!.GetValue<string>());
    }
}
