using Dynamics.Mailchimp.Sync.Decide.Rules;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

public sealed class EmailAddressRuleTests
{
    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("ada.lovelace+news@mail.example.co.uk")]
    public void IsValid_PlausibleAddress_IsTrue(string email)
    {
        // Act / Assert
        Assert.True(EmailAddressRule.IsValid(email));
    }

    [Theory]
    [InlineData("ada.example.org")]
    [InlineData("@example.org")]
    [InlineData("ada@@example.org")]
    [InlineData("ada@b@example.org")]
    [InlineData("ada @example.org")]
    [InlineData("ada@localhost")]
    [InlineData("ada@.example.org")]
    [InlineData("ada@example.org.")]
    [InlineData("ada@example..org")]
    public void IsValid_ImpossibleAddress_IsFalse(string email)
    {
        // Act / Assert
        Assert.False(EmailAddressRule.IsValid(email));
    }

    [Fact]
    public void IsValid_LongerThan254_IsFalse()
    {
        // Act / Assert
        Assert.False(EmailAddressRule.IsValid(new string('a', 250) + "@example.org"));
    }
}
