using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

/// <content>Member listing: query shape and lazy offset paging.</content>
public sealed partial class MailchimpClientTests
{
    [Fact(DisplayName = "GetMembersAsync_DeltaQuery_SendsFiltersSortAndFields (mailchimp.com/developer/marketing/api/list-members/)")]
    public async Task GetMembersAsync_DeltaQuery_SendsFiltersSortAndFields()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(int.Parse(request.Query["offset"]), 1000, 3));
        var sut = CreateSut(handler);
        var query = new MemberQuery
        {
            SinceLastChanged = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)),
            Status = MemberStatus.Unsubscribed,
            Fields = ["email_address", "status"],
        };

        // Act
        var members = await sut.GetMembersAsync("L1", query, CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(3, members.Count);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("lists/L1/members", request.Path);
        Assert.Equal("2024-05-01T10:00:00+00:00", request.Query["since_last_changed"]);
        Assert.Equal("unsubscribed", request.Query["status"]);
        Assert.Equal("1000", request.Query["count"]);
        Assert.Equal("0", request.Query["offset"]);
        Assert.Equal("last_changed", request.Query["sort_field"]);
        Assert.Equal("ASC", request.Query["sort_dir"]);
        Assert.Equal("members.email_address,members.status,total_items", request.Query["fields"]);
        Assert.Contains("%2B00%3A00", request.Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMembersAsync_5000Members_RequestsEachPageOnlyWhenReached()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(int.Parse(request.Query["offset"]), int.Parse(request.Query["count"]), 5000));
        var sut = CreateSut(handler);
        var requestsSeenAt = new Dictionary<int, int>();
        var read = 0;

        // Act
        await foreach (var member in sut.GetMembersAsync("L1", null, CancellationToken.None))
        {
            if (read % 1000 == 0)
            {
                requestsSeenAt[read] = handler.Count;
            }

            Assert.Equal($"m{read}@brightfield-labs.com", member.EmailAddress);
            read++;
        }

        // Assert
        Assert.Equal(5000, read);
        Assert.Equal(new Dictionary<int, int> { [0] = 1, [1000] = 2, [2000] = 3, [3000] = 4, [4000] = 5 }, requestsSeenAt);
        Assert.Equal(5, handler.Count);
        Assert.Equal(["0", "1000", "2000", "3000", "4000"], handler.Requests.Select(request => request.Query["offset"]));
    }

    [Fact]
    public async Task GetMembersAsync_StoppedEarly_DoesNotFetchFurtherPages()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(int.Parse(request.Query["offset"]), int.Parse(request.Query["count"]), 5000));
        var sut = CreateSut(handler);

        // Act
        var firstTen = await sut.GetMembersAsync("L1", null, CancellationToken.None).Take(10).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(10, firstTen.Count);
        Assert.Equal(1, handler.Count);
    }
}
