using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Decide;

public sealed class CoHolderAddressesTests
{
    [Fact]
    public void For_RenamedAndDeletedRecords_ListsNowPreviousAndRowAddressesOnceNormalized()
    {
        // Arrange
        var renamed = Works.Changed(TestData.Contact(1), "New@Example.org", previousEmail: "old@example.org");
        var deleted = Works.Deleted(TestData.Contact(2), "gone@example.org");

        // Act
        var addresses = CoHolderAddresses.For([renamed, deleted], [TestData.Snapshot(TestData.Contact(1), "new@example.org ")]);

        // Assert
        Assert.Equal(["gone@example.org", "new@example.org", "old@example.org"], addresses);
    }
}
