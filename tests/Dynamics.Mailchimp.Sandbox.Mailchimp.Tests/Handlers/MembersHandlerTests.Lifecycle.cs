using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Archive, permanent delete and email change. Page: https://mailchimp.com/developer/marketing/api/list-members/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "Delete_Member_ReadsArchivedAndPostIsMemberExists (https://mailchimp.com/developer/marketing/api/list-members/archive-list-member/)")]
    public async Task Delete_Member_ReadsArchivedAndPostIsMemberExists()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@example.com");
        var (_, read) = await sut.GetAsync($"{Members}/ada@example.com");
        var (post, postBody) = await sut.PostAsync(Members, new { email_address = "ada@example.com", status = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("archived", read!["status"]!.GetValue<string>());
        ProblemAssert.Is(post, postBody, HttpStatusCode.BadRequest, "Member Exists");
    }

    [Fact(DisplayName = "Put_ArchivedMember_ReAddsIt (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_ArchivedMember_ReAddsIt()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@example.com");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@example.com", new { email_address = "ada@example.com", status_if_new = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subscribed", body!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Delete_ArchivedMember_Returns405 (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Delete_ArchivedMember_Returns405()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@example.com");

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@example.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.MethodNotAllowed, "Method Not Allowed");
    }

    [Fact(DisplayName = "DeletePermanent_Member_Returns204ThenGet404 (https://mailchimp.com/developer/marketing/api/list-members/delete-list-member/)")]
    public async Task DeletePermanent_Member_Returns204ThenGet404()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Post, $"{Members}/ada@example.com/actions/delete-permanent");
        var (read, body) = await sut.GetAsync($"{Members}/ada@example.com");

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        ProblemAssert.Is(read, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Theory(DisplayName = "Write_PermanentlyDeletedAddress_Returns400ForgottenEmail (https://mailchimp.com/developer/marketing/docs/errors/)")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task Write_PermanentlyDeletedAddress_Returns400ForgottenEmail(string method)
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");
        await sut.SendAsync(HttpMethod.Post, $"{Members}/ada@example.com/actions/delete-permanent");
        var path = method == "POST" ? Members : $"{Members}/{SubscriberHash.Of("ada@example.com")}";

        // Act
        var (response, body) = await sut.SendAsync(new HttpMethod(method), path, new { email_address = "ada@example.com", status = "subscribed", status_if_new = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Forgotten Email Not Subscribed", "ada@example.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.");
    }
}
