using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Archive, permanent delete and email change. Page: https://mailchimp.com/developer/marketing/api/list-members/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "Post_ArchivedAddress_ReAddsSameContactWithTags (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js)")]
    public async Task Post_ArchivedAddress_ReAddsSameContactWithTags()
    {
        // Arrange
        await using var sut = await CreateSut();
        var added = await sut.AddMemberAsync("ada@brightfield-labs.com", mergeFields: new { FNAME = "Ada", LNAME = "Lovelace" });
        await sut.PostAsync($"{Members}/ada@brightfield-labs.com/tags", new { tags = new[] { new { name = "Engines", status = "active" } } });
        var (deleted, _) = await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@brightfield-labs.com");
        var (_, archived) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Act
        var (post, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed", merge_fields = new { FNAME = "Augusta" }, tags = new[] { "Returning" } });

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("archived", archived!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("subscribed", body!["status"]!.GetValue<string>());
        Assert.Equal(added["contact_id"]!.GetValue<string>(), body["contact_id"]!.GetValue<string>());
        Assert.Equal(added["web_id"]!.GetValue<long>(), body["web_id"]!.GetValue<long>());
        Assert.Equal(["Engines", "Returning"], body["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order());
        Assert.Equal("Augusta", body["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal("Lovelace", body["merge_fields"]!["LNAME"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_AddressOnListAndNotArchived_Returns400MemberExists (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Post_AddressOnListAndNotArchived_Returns400MemberExists()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com", "unsubscribed");

        // Act
        var (post, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed" });

        // Assert
        ProblemAssert.Is(post, body, HttpStatusCode.BadRequest, "Member Exists");
    }

    [Fact(DisplayName = "Put_ArchivedMember_ReAddsIt (https://mailchimp.com/developer/marketing/api/list-members/add-or-update-list-member/)")]
    public async Task Put_ArchivedMember_ReAddsIt()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PutAsync($"{Members}/ada@brightfield-labs.com", new { email_address = "ada@brightfield-labs.com", status_if_new = "subscribed" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("subscribed", body!["status"]!.GetValue<string>());
    }

    [Theory(DisplayName = "Delete_ArchivedPendingOrCleanedMember_Returns405AllowGetPut (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js)")]
    [InlineData("archived")]
    [InlineData("pending")]
    [InlineData("cleaned")]
    public async Task Delete_ArchivedPendingOrCleanedMember_Returns405AllowGetPut(string status)
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com", status == "pending" ? "pending" : "subscribed");
        if (status == "archived")
        {
            await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@brightfield-labs.com");
        }
        else if (status == "cleaned")
        {
            sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "ada@brightfield-labs.com");
        }

        // Act
        var (response, body) = await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@brightfield-labs.com");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.MethodNotAllowed, "Method Not Allowed", "This list member cannot be removed. Can not archive a contact that is bounced, pending or archived");
        Assert.Equal("GET, PUT", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact(DisplayName = "DeletePermanent_Member_Returns204ThenGet404 (https://mailchimp.com/developer/marketing/api/list-members/delete-list-member/)")]
    public async Task DeletePermanent_Member_Returns204ThenGet404()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (deleted, _) = await sut.SendAsync(HttpMethod.Post, $"{Members}/ada@brightfield-labs.com/actions/delete-permanent");
        var (read, body) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

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
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.SendAsync(HttpMethod.Post, $"{Members}/ada@brightfield-labs.com/actions/delete-permanent");
        var path = method == "POST" ? Members : $"{Members}/{SubscriberHash.Of("ada@brightfield-labs.com")}";

        object write = method == "PUT"
            ? new { email_address = "ada@brightfield-labs.com", status = "subscribed", status_if_new = "subscribed" }
            : new { email_address = "ada@brightfield-labs.com", status = "subscribed" };

        // Act
        var (response, body) = await sut.SendAsync(new HttpMethod(method), path, write);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Forgotten Email Not Subscribed", "ada@brightfield-labs.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.");
    }
}
