using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

public sealed class MembershipIndexTests
{
    [Fact]
    public void ListsOf_RecordInTwoLists_ReturnsBoth()
    {
        // Arrange
        var sut = new MembershipIndex([(TestData.Contact(1), TestData.ListId(1)), (TestData.Contact(1), TestData.ListId(2)), (TestData.Contact(2), TestData.ListId(1))]);

        // Act
        var lists = sut.ListsOf(TestData.Contact(1));

        // Assert
        Assert.Equal([TestData.ListId(1), TestData.ListId(2)], lists.Order());
    }

    [Fact]
    public void ListsOf_SameIdOtherTable_IsADifferentRecord()
    {
        // Arrange
        var sut = new MembershipIndex([(TestData.Contact(1), TestData.ListId(1))]);

        // Act
        var lists = sut.ListsOf(TestData.Lead(1));

        // Assert
        Assert.Empty(lists);
    }

    [Fact]
    public void MembersOf_DuplicatePairs_AreCountedOnce()
    {
        // Arrange
        var sut = new MembershipIndex([(TestData.Contact(2), TestData.ListId(1)), (TestData.Contact(1), TestData.ListId(1)), (TestData.Contact(1), TestData.ListId(1))]);

        // Act
        var members = sut.MembersOf(TestData.ListId(1));

        // Assert
        Assert.Equal([TestData.Contact(1), TestData.Contact(2)], members);
    }
}
