using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.State.Members;

public sealed class MemberRecordTests
{
    private static MemberRecord CreateSut(string email) =>
        new() { EmailAddress = email, UniqueEmailId = "u1", ContactId = "c1", WebId = 1, Sequence = 1, Status = MemberStatus.Subscribed };

    [Fact]
    public void Id_AddressChanged_FollowsTheNewAddress()
    {
        // Arrange
        var sut = CreateSut("Ada@Brightfield-Labs.com");
        var before = sut.Id;

        // Act
        sut.EmailAddress = "ada.lovelace@brightfield-labs.com";

        // Assert
        Assert.Equal(SubscriberHash.Of("Ada@Brightfield-Labs.com"), before);
        Assert.Equal(SubscriberHash.Of("ada.lovelace@brightfield-labs.com"), sut.Id);
    }

    [Fact]
    public void Id_GivenByTheCreatorAfterTheAddress_IsKept()
    {
        // Arrange
        var hash = SubscriberHash.Of("ada@brightfield-labs.com");

        // Act
        var sut = new MemberRecord { EmailAddress = "ada@brightfield-labs.com", Id = hash, UniqueEmailId = "u1", ContactId = "c1", WebId = 1, Sequence = 1, Status = MemberStatus.Subscribed };

        // Assert
        Assert.Same(hash, sut.Id);
    }
}
