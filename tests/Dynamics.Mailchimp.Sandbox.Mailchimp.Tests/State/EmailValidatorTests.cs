using Dynamics.Mailchimp.Sandbox.Mailchimp.State;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.State;

/// <summary>Address checks. Recorded: "AAAAA" is malformed and foo@example.com is fake (grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js).</summary>
public sealed class EmailValidatorTests
{
    [Theory]
    [InlineData("AAAAA")]
    [InlineData("plainaddress")]
    [InlineData("a@b")]
    [InlineData("a@b.c")]
    [InlineData("a@b..com")]
    [InlineData("a b@brightfield-labs.com")]
    [InlineData("@brightfield-labs.com")]
    [InlineData("")]
    public void IsMalformed_NotAnAddress_ReturnsTrue(string email)
    {
        // Arrange
        // Act
        var malformed = EmailValidator.IsMalformed(email);

        // Assert
        Assert.True(malformed);
    }

    [Theory]
    [InlineData("foo@example.com")]
    [InlineData("ada@Example.COM")]
    [InlineData("grace@mail.example.org")]
    [InlineData("alan@example.net")]
    [InlineData("a@brightfield.test")]
    [InlineData("test@brightfield-labs.com")]
    [InlineData("FAKE@gmail.com")]
    public void LooksFake_ReservedDomainOrFakeLocalPart_ReturnsTrue(string email)
    {
        // Arrange
        // Act
        var fake = EmailValidator.LooksFake(email);

        // Assert
        Assert.True(fake);
    }

    [Theory]
    [InlineData("ada@brightfield-labs.com")]
    [InlineData("grace.hopper+navy@mail.brightfield-labs.co.uk")]
    [InlineData("alan@myexample.com")]
    public void IsFakeOrInvalid_PlausibleAddress_ReturnsFalse(string email)
    {
        // Arrange
        // Act
        var refused = EmailValidator.IsFakeOrInvalid(email);

        // Assert
        Assert.False(refused);
    }
}
