using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    private const string Hash = "62eeb292278cc15f5817cb78f7790b08";
    private const string Email = "Urist.McVankab@freddiesjokes.com";

    [Fact]
    public async Task GetMemberAsync_Found_UsesSubscriberHashAndReadsLenientDates()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json(
            $$"""{"id":"{{Hash}}","email_address":"urist.mcvankab@freddiesjokes.com","status":"archived","timestamp_signup":"","merge_fields":{"FNAME":"Urist","AGE":42},"interests":{"abc":true},"last_changed":"2024-05-01T10:00:00+00:00"}"""));
        var sut = CreateSut(handler);

        // Act
        var member = await sut.GetMemberAsync("L1", Email, CancellationToken.None);

        // Assert
        Assert.Equal($"lists/L1/members/{Hash}", Assert.Single(handler.Requests).Path);
        Assert.NotNull(member);
        Assert.Equal(MemberStatus.Archived, member.Status);
        Assert.Null(member.TimestampSignup);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), member.LastChanged);
        Assert.Equal("Urist", member.MergeFields!["FNAME"].GetString());
        Assert.True(member.Interests!["abc"]);
    }

    [Fact(DisplayName = "GetMemberAsync_NotOnList_ReturnsNull (developer.mailchimp.com/documentation/mailchimp/guides/manage-subscribers-with-the-mailchimp-api/)")]
    public async Task GetMemberAsync_NotOnList_ReturnsNull()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(HttpStatusCode.NotFound, "Resource Not Found", "The requested resource could not be found."));
        var sut = CreateSut(handler);

        // Act
        var member = await sut.GetMemberAsync("L1", Email, CancellationToken.None);

        // Assert
        Assert.Null(member);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task UpsertMemberAsync_StatusAndMergeFields_PutsSnakeCaseBodyToHash()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json($$"""{"id":"{{Hash}}","email_address":"{{Email}}","status":"subscribed"}"""));
        var sut = CreateSut(handler);
        var member = new MemberUpsert
        {
            EmailAddress = Email,
            StatusIfNew = MemberStatus.Subscribed,
            Status = MemberStatus.Unsubscribed,
            MergeFields = new Dictionary<string, object?>
            {
                ["FNAME"] = "Urist",
                ["AGE"] = 42,
                ["ADDRESS"] = new MemberAddress { Addr1 = "1 Main St", City = "Town", State = "ST", Zip = "12345" },
            },
            Interests = new Dictionary<string, bool> { ["abc"] = true },
        };

        // Act
        await sut.UpsertMemberAsync("L1", member, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"lists/L1/members/{Hash}", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        var root = body.RootElement;
        Assert.Equal(Email, root.GetProperty("email_address").GetString());
        Assert.Equal("subscribed", root.GetProperty("status_if_new").GetString());
        Assert.Equal("unsubscribed", root.GetProperty("status").GetString());
        Assert.Equal(42, root.GetProperty("merge_fields").GetProperty("AGE").GetInt32());
        Assert.Equal("1 Main St", root.GetProperty("merge_fields").GetProperty("ADDRESS").GetProperty("addr1").GetString());
        Assert.True(root.GetProperty("interests").GetProperty("abc").GetBoolean());
        Assert.False(root.TryGetProperty("vip", out _));
    }

    [Fact]
    public async Task UpsertMemberAsync_OnlyStatusIfNew_LeavesStatusOut()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json($$"""{"id":"{{Hash}}","email_address":"{{Email}}"}"""));
        var sut = CreateSut(handler);

        // Act
        await sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = Email }, CancellationToken.None);

        // Assert
        using var body = JsonDocument.Parse(Assert.Single(handler.Requests).Body!);
        Assert.False(body.RootElement.TryGetProperty("status", out _));
        Assert.Equal("subscribed", body.RootElement.GetProperty("status_if_new").GetString());
    }

    [Fact]
    public async Task ChangeMemberEmailAsync_PatchesOldHashWithNewAddress()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"id":"x","email_address":"new@brightfield-labs.com"}"""));
        var sut = CreateSut(handler);

        // Act
        var member = await sut.ChangeMemberEmailAsync("L1", Email, "new@brightfield-labs.com", CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal($"lists/L1/members/{Hash}", request.Path);
        Assert.Equal("""{"email_address":"new@brightfield-labs.com"}""", request.Body);
        Assert.Equal("new@brightfield-labs.com", member.EmailAddress);
    }

    [Fact]
    public async Task ArchiveMemberAsync_SendsDeleteToHash()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.NoContent());
        var sut = CreateSut(handler);

        // Act
        await sut.ArchiveMemberAsync("L1", Email, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal($"lists/L1/members/{Hash}", request.Path);
    }

    [Fact]
    public async Task DeleteMemberPermanentlyAsync_PostsDeletePermanentAction()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.NoContent());
        var sut = CreateSut(handler);

        // Act
        await sut.DeleteMemberPermanentlyAsync("L1", Email, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"lists/L1/members/{Hash}/actions/delete-permanent", request.Path);
    }
}
