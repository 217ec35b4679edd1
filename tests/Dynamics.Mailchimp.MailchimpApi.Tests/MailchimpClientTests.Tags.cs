using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    /// <summary>Adds/removes everything asked, except addresses containing "bad", reported as errors.</summary>
    private static HttpResponseMessage SegmentAnswer(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body!);
        string[] Read(string name) => [.. body.RootElement.GetProperty(name).EnumerateArray().Select(item => item.GetString()!)];
        var add = Read("members_to_add");
        var remove = Read("members_to_remove");
        string Refs(IEnumerable<string> emails) => string.Join(',', emails.Where(email => !email.Contains("bad")).Select(email => $$"""{"email_address":"{{email}}"}"""));
        var bad = add.Concat(remove).Where(email => email.Contains("bad")).Select(email => $"\"{email}\"").ToList();
        var errors = bad.Count == 0 ? string.Empty : $$"""{"email_addresses":[{{string.Join(',', bad)}}],"error":"Email address is not subscribed to the list"}""";
        return Responses.Json($$"""{"members_added":[{{Refs(add)}}],"members_removed":[{{Refs(remove)}}],"errors":[{{errors}}],"total_added":0,"total_removed":0,"error_count":{{bad.Count}}}""");
    }

    [Fact(DisplayName = "UpdateTagMembersAsync_ExistingTagOnSecondPage_ChunksAddsAndRemovesBy500 (mailchimp.com/developer/marketing/api/list-segments/)")]
    public async Task UpdateTagMembersAsync_ExistingTagOnSecondPage_ChunksAddsAndRemovesBy500()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => request.Method == HttpMethod.Get
            ? request.Query["offset"] == "0"
                ? Responses.Json("""{"segments":[{"id":1,"name":"Other","type":"static"}],"total_items":2}""")
                : Responses.Json("""{"segments":[{"id":77,"name":"VIP","type":"static"}],"total_items":2}""")
            : SegmentAnswer(request));
        var sut = CreateSut(handler, options => options.PageSize = 1);
        var adds = Enumerable.Range(0, 1200).Select(i => $"a{i}@brightfield-labs.com").ToList();
        var removes = Enumerable.Range(0, 100).Select(i => $"r{i}@brightfield-labs.com").ToList();

        // Act
        var result = await sut.UpdateTagMembersAsync("L1", "vip", adds, removes, CancellationToken.None);

        // Assert
        var gets = handler.Requests.Where(request => request.Method == HttpMethod.Get).ToList();
        Assert.All(gets, request => Assert.Equal("static", request.Query["type"]));
        Assert.Equal(2, gets.Count);
        var posts = handler.Requests.Where(request => request.Method == HttpMethod.Post).ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, request => Assert.Equal("lists/L1/segments/77", request.Path));
        var counts = posts.Select(request =>
        {
            using var body = JsonDocument.Parse(request.Body!);
            return (body.RootElement.GetProperty("members_to_add").GetArrayLength(), body.RootElement.GetProperty("members_to_remove").GetArrayLength());
        });
        Assert.Equal([(500, 100), (500, 0), (200, 0)], counts);
        Assert.False(result.Created);
        Assert.Equal(77, result.Tag.Id);
        Assert.Equal(3, result.CallCount);
        Assert.Equal(1300, result.Items.Count);
        Assert.Equal(1200, result.Items.Count(item => item.Outcome == TagMemberOutcome.Added));
        Assert.Equal(100, result.Items.Count(item => item.Outcome == TagMemberOutcome.Removed));
    }

    [Fact]
    public async Task UpdateTagMembersAsync_MissingTag_CreatesStaticSegmentThenReportsPerAddress()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => (request.Method.Method, request.Path) switch
        {
            ("GET", _) => Responses.Json("""{"segments":[],"total_items":0}"""),
            ("POST", "lists/L1/segments") => Responses.Json("""{"id":91,"name":"New Tag","type":"static","member_count":0}"""),
            _ => SegmentAnswer(request),
        });
        var sut = CreateSut(handler);

        // Act
        var result = await sut.UpdateTagMembersAsync("L1", "New Tag", ["ok@brightfield-labs.com", "bad@brightfield-labs.com"], ["gone@brightfield-labs.com"], CancellationToken.None);

        // Assert
        var create = handler.Requests.Single(request => request.Path == "lists/L1/segments" && request.Method == HttpMethod.Post);
        Assert.Equal("""{"name":"New Tag","static_segment":[]}""", create.Body);
        Assert.True(result.Created);
        Assert.Equal(
            [TagMemberOutcome.Added, TagMemberOutcome.Failed, TagMemberOutcome.Removed],
            result.Items.Select(item => item.Outcome));
        Assert.Equal("Email address is not subscribed to the list", Assert.Single(result.Failures).Error);
        Assert.Contains(handler.Requests, request => request.Path == "lists/L1/segments/91");
    }

    [Fact]
    public async Task FindTagAsync_NoMatch_ReturnsNull()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"segments":[{"id":1,"name":"Other"}],"total_items":1}"""));
        var sut = CreateSut(handler);

        // Act
        var tag = await sut.FindTagAsync("L1", "VIP", CancellationToken.None);

        // Assert
        Assert.Null(tag);
        Assert.Equal("lists/L1/segments", Assert.Single(handler.Requests).Path);
    }
}
