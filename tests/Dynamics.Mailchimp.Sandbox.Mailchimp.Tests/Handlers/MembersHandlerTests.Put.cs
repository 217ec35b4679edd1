using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>PUT and PATCH. Page: https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "Put_NewAddress_CreatesWithStatusIfNew (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_NewAddress_CreatesWithStatusIfNew()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/{SubscriberHash.Of("new@brightfield-labs.com")}", new { email_address = "new@brightfield-labs.com", status_if_new = "pending" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pending", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_ExistingWithOnlyStatusIfNew_KeepsStatus (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_ExistingWithOnlyStatusIfNew_KeepsStatus()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com", "unsubscribed");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status_if_new = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("unsubscribed", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Put_ExistingWithStatus_ChangesStatus (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_ExistingWithStatus_ChangesStatus()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (_, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status_if_new = "subscribed", status = "unsubscribed" });

        // Assert
        Assert.Equal("unsubscribed", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_UnknownMember_Returns404 (https://mailchimp.com/developer/marketing/api/list-members/update-list-member/)")]
    public async Task Patch_UnknownMember_Returns404()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PatchAsync($"{Members}/nobody@brightfield-labs.com", new { status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Fact(DisplayName = "Patch_MergeFields_UpdatesOnlyTheGivenFields (https://mailchimp.com/developer/marketing/api/list-members/update-list-member/)")]
    public async Task Patch_MergeFields_UpdatesOnlyTheGivenFields()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com", mergeFields: new { FNAME = "Ada", LNAME = "Byron" });

        // Act
        var (_, body) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { merge_fields = new { LNAME = "Lovelace" } });

        // Assert
        Assert.Equal("Ada", body!["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal("Lovelace", body["merge_fields"]!["LNAME"]!.GetValue<string>());
        Assert.Equal("subscribed", body["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Patch_AnyWrite_BumpsLastChangedToTheClock (https://mailchimp.com/developer/marketing/api/list-members/)")]
    public async Task Patch_AnyWrite_BumpsLastChangedToTheClock()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(5));

        // Act
        var (_, body) = await sut.PatchAsync($"{Members}/ada@brightfield-labs.com", new { vip = true });

        // Assert
        Assert.Equal("2026-01-15T09:05:00+00:00", body!["last_changed"]!.GetValue<string>());
        Assert.True(body["vip"]!.GetValue<bool>());
    }
}
