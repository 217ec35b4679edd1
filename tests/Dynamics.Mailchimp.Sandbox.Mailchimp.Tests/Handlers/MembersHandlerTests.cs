using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Member writes. Page: https://mailchimp.com/developer/marketing/api/list-members/</summary>
public sealed partial class MembersHandlerTests
{
    private const string Members = $"lists/{TestSandbox.ListId}/members";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "Post_NewMember_ReturnsMemberKeyedByMd5OfLowercasedEmail (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/)")]
    public async Task Post_NewMember_ReturnsMemberKeyedByMd5OfLowercasedEmail()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "Ada.Lovelace@Example.com", status = "subscribed", merge_fields = new { FNAME = "Ada" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(32, body!["id"]!.GetValue<string>().Length);
        Assert.Equal(SubscriberHash.Of("ada.lovelace@example.com"), body["id"]!.GetValue<string>());
        Assert.Equal("subscribed", body["status"]!.GetValue<string>());
        Assert.Equal("Ada", body["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:00:00+00:00", body["last_changed"]!.GetValue<string>());
        Assert.Equal(TestSandbox.ListId, body["list_id"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Get_ByRawEmailOrHash_ReturnsSameMember (https://mailchimp.com/developer/marketing/docs/methods-parameters/)")]
    public async Task Get_ByRawEmailOrHash_ReturnsSameMember()
    {
        // Arrange
        await using var sut = await CreateSut();
        var added = await sut.AddMemberAsync("grace@example.com");

        // Act
        var (byEmail, emailBody) = await sut.GetAsync($"{Members}/GRACE@example.com");
        var (byHash, hashBody) = await sut.GetAsync($"{Members}/{added["id"]}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, byEmail.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal(hashBody!["unique_email_id"]!.GetValue<string>(), emailBody!["unique_email_id"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Post_ExistingAddress_Returns400MemberExists (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task Post_ExistingAddress_Returns400MemberExists()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@example.com");

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@example.com", status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member Exists", "ada@example.com is already a list member. Use PUT to insert or update list members.");
    }

    [Theory(DisplayName = "Post_FakeOrInvalidEmail_Returns400InvalidResource (https://mailchimp.com/developer/marketing/docs/errors/)")]
    [InlineData("test@example.com")]
    [InlineData("no-at-sign.example.com")]
    [InlineData("someone@localhost")]
    [InlineData("someone@domain.invalid")]
    [InlineData("two@@example.com")]
    public async Task Post_FakeOrInvalidEmail_Returns400InvalidResource(string email)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = email, status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", $"{email} looks fake or invalid, please enter a real email address.");
    }

    [Fact(DisplayName = "Post_ArchivedStatus_Returns400BecauseArchivedIsReadOnly (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/)")]
    public async Task Post_ArchivedStatus_Returns400BecauseArchivedIsReadOnly()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@example.com", status = "archived" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("status", body!["errors"]![0]!["field"]!.GetValue<string>());
    }
}
