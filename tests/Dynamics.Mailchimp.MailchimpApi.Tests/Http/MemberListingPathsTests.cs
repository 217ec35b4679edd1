using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Http;

public sealed class MemberListingPathsTests
{
    [Fact(DisplayName = "SegmentMembers_DefaultQuery_NoParameters (mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/: include_* default false)")]
    public void SegmentMembers_DefaultQuery_NoParameters()
    {
        // Arrange
        var query = new SegmentMemberQuery();

        // Act
        var path = MemberListingPaths.SegmentMembers("L 1", 42, query);

        // Assert
        Assert.Equal("lists/L%201/segments/42/members", path);
    }

    [Fact]
    public void SegmentMembers_OneFlagAndFields_AddsOnlyThose()
    {
        // Arrange
        var query = new SegmentMemberQuery { IncludeUnsubscribed = true, Fields = ["email_address"] };

        // Act
        var path = MemberListingPaths.SegmentMembers("L1", 42, query);

        // Assert
        Assert.Equal("lists/L1/segments/42/members?fields=members.email_address%2Ctotal_items&include_unsubscribed=true", path);
    }

    [Fact]
    public void Members_InterestFiltersWithoutSort_WritesThemInOrder()
    {
        // Arrange
        var query = new MemberQuery { SortByLastChanged = false, InterestCategoryId = "c1", InterestIds = ["a", "b"], InterestMatch = InterestMatch.All };

        // Act
        var path = MemberListingPaths.Members("L1", query);

        // Assert
        Assert.Equal("lists/L1/members?interest_category_id=c1&interest_ids=a%2Cb&interest_match=all", path);
    }
}
