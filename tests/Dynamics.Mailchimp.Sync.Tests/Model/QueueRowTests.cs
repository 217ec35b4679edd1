using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

public sealed class QueueRowTests
{
    [Fact]
    public void Describe_MembershipRow_NamesRowRecordAndList()
    {
        // Arrange
        var sut = TestData.Added(1, TestData.Contact(7), TestData.AudienceList(3));

        // Act
        var text = sut.Describe();

        // Assert
        Assert.Equal($"queue row {TestData.RowId(1):D} (ListMemberAdded contact {TestData.Id(7):D} on list {TestData.ListId(3):D})", text);
    }

    [Fact]
    public void Describe_BulkRow_CountsTheMembers()
    {
        // Arrange
        var sut = TestData.AddedMany(1, TestData.AudienceList(3), TestData.Contact(1), TestData.Contact(2));

        // Act
        var text = sut.Describe();

        // Assert
        Assert.Contains("(ListMembersAdded 2 contact records on list", text);
    }

    [Fact]
    public void Describe_ListMembersChangedRow_NamesTheMemberTableAndList()
    {
        // Arrange
        var sut = TestData.MembersChanged(1, TestData.TagList(3, "VIP"));

        // Act
        var text = sut.Describe();

        // Assert
        Assert.EndsWith($"(ListMembersChanged contact records on list {TestData.ListId(3):D})", text);
    }
}
