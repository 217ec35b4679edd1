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
        var (response, body) = await sut.PostAsync(Members, new { email_address = "Ada.Lovelace@Brightfield-Labs.com", status = "subscribed", merge_fields = new { FNAME = "Ada" } });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(32, body!["id"]!.GetValue<string>().Length);
        Assert.Equal(SubscriberHash.Of("ada.lovelace@brightfield-labs.com"), body["id"]!.GetValue<string>());
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
        var added = await sut.AddMemberAsync("grace@brightfield-labs.com");

        // Act
        var (byEmail, emailBody) = await sut.GetAsync($"{Members}/GRACE@brightfield-labs.com");
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
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Member Exists", "ada@brightfield-labs.com is already a list member. Use PUT to insert or update list members.");
    }

    [Theory(DisplayName = "Post_FakeEmail_Returns400LooksFake (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js, foo@example.com)")]
    [InlineData("foo@example.com")]
    [InlineData("test@brightfield-labs.com")]
    [InlineData("someone@domain.invalid")]
    public async Task Post_FakeEmail_Returns400LooksFake(string email)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = email, status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", $"{email} looks fake or invalid, please enter a real email address.");
    }

    [Theory(DisplayName = "Post_MalformedEmail_Returns400ProvideValidAddress (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js, AAAAA)")]
    [InlineData("AAAAA")]
    [InlineData("no-at-sign.brightfield-labs.com")]
    [InlineData("someone@localhost")]
    [InlineData("two@@brightfield-labs.com")]
    public async Task Post_MalformedEmail_Returns400ProvideValidAddress(string email)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = email, status = "subscribed" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "Please provide a valid email address.");
        Assert.Null(body!["errors"]);
    }

    [Fact(DisplayName = "Post_ArchivedStatus_Returns400BecauseArchivedIsReadOnly (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/)")]
    public async Task Post_ArchivedStatus_Returns400BecauseArchivedIsReadOnly()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Members, new { email_address = "ada@brightfield-labs.com", status = "archived" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("status", body!["errors"]![0]!["field"]!.GetValue<string>());
    }
}
