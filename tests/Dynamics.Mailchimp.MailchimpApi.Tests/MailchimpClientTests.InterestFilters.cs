using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

/// <content>
/// Interest filters of the member listing: <c>interest_category_id</c>, <c>interest_ids</c> (comma-separated) and
/// <c>interest_match</c> any/all/none, documented as going together (mailchimp.com/developer/marketing/api/list-members/list-members-info/;
/// the same names in MailChimp.Net's MemberRequest, brandonseydel/MailChimp.Net pull #233).
/// </content>
public sealed partial class MailchimpClientTests
{
    [Theory(DisplayName = "GetMembersAsync_InterestFilters_SendsAllThree (mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    [InlineData(InterestMatch.Any, "any")]
    [InlineData(InterestMatch.All, "all")]
    [InlineData(InterestMatch.None, "none")]
    public async Task GetMembersAsync_InterestFilters_SendsAllThree(InterestMatch match, string wire)
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(0, 1000, 2));
        var sut = CreateSut(handler);
        var query = new MemberQuery { InterestCategoryId = "cat1", InterestIds = ["i1", " i2 "], InterestMatch = match, Status = MemberStatus.Subscribed };

        // Act
        var members = await sut.GetMembersAsync("L1", query, CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal(2, members.Count);
        var request = Assert.Single(handler.Requests);
        Assert.Equal("cat1", request.Query["interest_category_id"]);
        Assert.Equal("i1,i2", request.Query["interest_ids"]);
        Assert.Equal(wire, request.Query["interest_match"]);
        Assert.Equal("subscribed", request.Query["status"]);
    }

    [Fact]
    public async Task GetMembersAsync_NoInterestFilters_SendsNone()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(0, 1000, 0));
        var sut = CreateSut(handler);

        // Act
        await sut.GetMembersAsync("L1", new MemberQuery(), CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.DoesNotContain(request.Query.Keys, key => key.StartsWith("interest_", StringComparison.Ordinal));
    }

    public static TheoryData<MemberQuery> PartialInterestFilters => new()
    {
        new MemberQuery { InterestIds = ["i1"], InterestMatch = InterestMatch.Any },
        new MemberQuery { InterestCategoryId = "cat1", InterestMatch = InterestMatch.Any },
        new MemberQuery { InterestCategoryId = "cat1", InterestIds = ["i1"] },
        new MemberQuery { InterestCategoryId = "cat1", InterestIds = [], InterestMatch = InterestMatch.All },
        new MemberQuery { InterestCategoryId = " ", InterestIds = ["i1"], InterestMatch = InterestMatch.All },
    };

    [Theory]
    [MemberData(nameof(PartialInterestFilters))]
    public void GetMembersAsync_PartialInterestFilters_ThrowsBeforeSending(MemberQuery query)
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => Responses.MemberPage(0, 1000, 0));
        var sut = CreateSut(handler);

        // Act
        var exception = Record.Exception(() => sut.GetMembersAsync("L1", query, CancellationToken.None));

        // Assert
        Assert.IsType<ArgumentException>(exception);
        Assert.Equal(0, handler.Count);
    }
}
