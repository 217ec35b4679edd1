using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    private static List<MemberUpsert> Members(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new MemberUpsert { EmailAddress = $"m{i}@brightfield-labs.com" })];

    /// <summary>Answers a batch call: every member created except the addresses in <paramref name="refused"/>.</summary>
    private static HttpResponseMessage BatchAnswer(RecordedRequest request, params string[] refused)
    {
        using var body = JsonDocument.Parse(request.Body!);
        var emails = body.RootElement.GetProperty("members").EnumerateArray()
            .Select(member => member.GetProperty("email_address").GetString()!).ToList();
        var created = emails.Where(email => !refused.Contains(email))
            .Select(email => $$"""{"id":"{{SubscriberHash.Compute(email)}}","email_address":"{{email.ToUpperInvariant()}}"}""");
        var errors = emails.Where(refused.Contains)
            .Select(email => $$"""{"email_address":"{{email}}","error":"{{email}} looks fake or invalid, please enter a real email address.","error_code":"ERROR_GENERIC","field":"email_address","field_message":"invalid"}""");
        return Responses.Json($$"""
            {"new_members":[{{string.Join(',', created)}}],"updated_members":[],"errors":[{{string.Join(',', errors)}}],
             "total_created":{{emails.Count - refused.Length}},"total_updated":0,"error_count":{{refused.Length}}}
            """);
    }

    [Fact(DisplayName = "UpsertMembersAsync_1200Members_SendsThreeBatchCallsOf500AtMost (mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task UpsertMembersAsync_1200Members_SendsThreeBatchCallsOf500AtMost()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => BatchAnswer(request));
        var sut = CreateSut(handler);

        // Act
        var result = await sut.UpsertMembersAsync("L1", Members(1200), updateExisting: true, CancellationToken.None);

        // Assert
        Assert.Equal(3, result.CallCount);
        Assert.Equal(3, handler.Count);
        var sizes = handler.Requests.Select(request =>
        {
            using var body = JsonDocument.Parse(request.Body!);
            Assert.True(body.RootElement.GetProperty("update_existing").GetBoolean());
            return body.RootElement.GetProperty("members").GetArrayLength();
        });
        Assert.Equal([500, 500, 200], sizes);
        Assert.All(handler.Requests, request =>
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("lists/L1", request.Path);
        });
        Assert.Equal(1200, result.Items.Count);
        Assert.Equal(1200, result.Created);
        Assert.Equal("m1199@brightfield-labs.com", result.Items[1199].EmailAddress);
    }

    [Fact]
    public async Task UpsertMembersAsync_InvalidAddresses_ReportedPerMemberAsData()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => BatchAnswer(request, "m3@brightfield-labs.com", "m7@brightfield-labs.com"));
        var sut = CreateSut(handler);

        // Act
        var result = await sut.UpsertMembersAsync("L1", Members(10), updateExisting: true, CancellationToken.None);

        // Assert
        Assert.Equal(10, result.Items.Count);
        Assert.Equal(8, result.Created);
        Assert.Equal(["m3@brightfield-labs.com", "m7@brightfield-labs.com"], result.Failures.Select(failure => failure.EmailAddress));
        var failure = result.Items[3];
        Assert.Equal(MemberWriteOutcome.Failed, failure.Outcome);
        Assert.Equal(BatchErrorCodes.Generic, failure.ErrorCode);
        Assert.Equal("email_address", failure.Field);
        Assert.Contains("looks fake", failure.Error, StringComparison.Ordinal);
        Assert.Equal(SubscriberHash.Compute("m0@brightfield-labs.com"), result.Items[0].MemberId);
    }

    [Fact]
    public async Task UpsertMembersAsync_ChunkRefusedAsWhole_MarksOnlyThatChunkFailed()
    {
        // Arrange
        var handler = new RecordingHandler((request, index) => index == 0
            ? Responses.Problem(HttpStatusCode.BadRequest, "Invalid Resource", "The resource submitted could not be validated.")
            : BatchAnswer(request));
        var sut = CreateSut(handler, options => options.BatchSize = 5);

        // Act
        var result = await sut.UpsertMembersAsync("L1", Members(8), updateExisting: true, CancellationToken.None);

        // Assert
        Assert.Equal(2, handler.Count);
        Assert.Equal(5, result.Failed);
        Assert.Equal(3, result.Created);
        Assert.All(result.Items.Take(5), item => Assert.Equal("Invalid Resource", item.ErrorCode));
    }

    [Fact]
    public async Task UpsertMembersAsync_MemberMissingFromAnswer_IsNotReported()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"new_members":[],"updated_members":[{"id":"x","email_address":"m0@brightfield-labs.com"}],"errors":[],"total_created":0,"total_updated":1,"error_count":0}"""));
        var sut = CreateSut(handler);

        // Act
        var result = await sut.UpsertMembersAsync("L1", Members(2), updateExisting: true, CancellationToken.None);

        // Assert
        Assert.Equal(MemberWriteOutcome.Updated, result.Items[0].Outcome);
        Assert.Equal(MemberWriteOutcome.NotReported, result.Items[1].Outcome);
    }

    [Fact]
    public async Task BatchSubscribeAsync_MoreThan500_ThrowsBeforeSending()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => BatchAnswer(request));
        var sut = CreateSut(handler);

        // Act
        var act = () => sut.BatchSubscribeAsync("L1", Members(501), true, CancellationToken.None);

        // Assert
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(act);
        Assert.Equal(0, handler.Count);
    }
}
