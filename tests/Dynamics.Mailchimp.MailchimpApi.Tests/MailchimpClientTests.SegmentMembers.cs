using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

/// <content>Tag members: <c>GET /lists/{id}/segments/{segment_id}/members</c> (mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/).</content>
public sealed partial class MailchimpClientTests
{
    private static RecordingHandler SegmentMemberPages(int total) =>
        new((request, _) => Responses.MemberPage(int.Parse(request.Query["offset"]), int.Parse(request.Query["count"]), total));

    [Fact(DisplayName = "GetSegmentMembersAsync_AllStatusesWithFields_SendsDocumentedParameters (mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/)")]
    public async Task GetSegmentMembersAsync_AllStatusesWithFields_SendsDocumentedParameters()
    {
        // Arrange
        var handler = SegmentMemberPages(3);
        var sut = CreateSut(handler);
        var query = SegmentMemberQuery.AllStatuses with { Fields = ["id", "email_address", "status", "merge_fields"] };

        // Act
        var members = await sut.GetSegmentMembersAsync("L1", 77, query, CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(["m0@brightfield-labs.com", "m1@brightfield-labs.com", "m2@brightfield-labs.com"], members.Select(member => member.EmailAddress));
        Assert.All(members, member => Assert.Equal(MemberStatus.Subscribed, member.Status));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("lists/L1/segments/77/members", request.Path);
        Assert.Equal("members.id,members.email_address,members.status,members.merge_fields,total_items", request.Query["fields"]);
        Assert.Equal("true", request.Query["include_cleaned"]);
        Assert.Equal("true", request.Query["include_transactional"]);
        Assert.Equal("true", request.Query["include_unsubscribed"]);
        Assert.Equal("1000", request.Query["count"]);
        Assert.Equal("0", request.Query["offset"]);
    }

    [Fact(DisplayName = "GetSegmentMembersAsync_NoQuery_SendsOnlyPaging (Mailchimp's defaults: include_* false)")]
    public async Task GetSegmentMembersAsync_NoQuery_SendsOnlyPaging()
    {
        // Arrange
        var handler = SegmentMemberPages(0);
        var sut = CreateSut(handler);

        // Act
        var members = await sut.GetSegmentMembersAsync("L1", 77, null, CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Empty(members);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(["count", "offset"], request.Query.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(999, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(2500, 3)]
    [InlineData(3000, 3)]
    public async Task GetSegmentMembersAsync_NMembers_MakesCeilingOfNOver1000Calls(int total, int expectedCalls)
    {
        // Arrange
        var handler = SegmentMemberPages(total);
        var sut = CreateSut(handler);

        // Act
        var read = await sut.GetSegmentMembersAsync("L1", 77, null, CancellationToken.None).CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(total, read);
        Assert.Equal(expectedCalls, handler.Count);
    }

    [Fact]
    public async Task GetSegmentMembersAsync_ShortPageBeforeTotalItems_StopsWithoutAnotherCall()
    {
        // Arrange: total_items says 1500, but the listing ends after 700 (members left the tag meanwhile)
        var handler = new RecordingHandler((request, _) => Responses.Json(
            Responses.MemberPageJson(int.Parse(request.Query["offset"]), int.Parse(request.Query["count"]), 700).Replace("\"total_items\":700", "\"total_items\":1500", StringComparison.Ordinal)));
        var sut = CreateSut(handler);

        // Act
        var read = await sut.GetSegmentMembersAsync("L1", 77, null, CancellationToken.None).CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(700, read);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task GetSegmentMembersAsync_3000Members_RequestsEachPageOnlyWhenReached()
    {
        // Arrange
        var handler = SegmentMemberPages(3000);
        var sut = CreateSut(handler);
        var requestsSeenAt = new List<int>();
        var read = 0;

        // Act
        await foreach (var member in sut.GetSegmentMembersAsync("L1", 77, new SegmentMemberQuery { PageSize = 1000 }, CancellationToken.None))
        {
            if (read % 1000 == 0)
            {
                requestsSeenAt.Add(handler.Count);
            }

            read++;
        }

        // Assert
        Assert.Equal([1, 2, 3], requestsSeenAt);
        Assert.Equal(["0", "1000", "2000"], handler.Requests.Select(request => request.Query["offset"]));
    }

    [Fact]
    public async Task GetSegmentMembersAsync_PageSize250_SendsCountAndPagesByIt()
    {
        // Arrange
        var handler = SegmentMemberPages(600);
        var sut = CreateSut(handler);

        // Act
        var read = await sut.GetSegmentMembersAsync("L1", 77, new SegmentMemberQuery { PageSize = 250 }, CancellationToken.None).CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(600, read);
        Assert.Equal(["250", "250", "250"], handler.Requests.Select(request => request.Query["count"]));
        Assert.Equal(["0", "250", "500"], handler.Requests.Select(request => request.Query["offset"]));
    }
}
