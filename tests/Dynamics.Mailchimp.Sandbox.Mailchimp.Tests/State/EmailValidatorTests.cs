using Dynamics.Mailchimp.Sandbox.Mailchimp.State;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.State;

public sealed class EmailValidatorTests
{
    [Theory]
    [InlineData("test@example.com")]
    [InlineData("FAKE@gmail.com")]
    [InlineData("plainaddress")]
    [InlineData("a@b")]
    [InlineData("a@b.c")]
    [InlineData("a@b..com")]
    [InlineData("a b@example.com")]
    [InlineData("a@example.test")]
    [InlineData("")]
    public void IsFakeOrInvalid_FakeOrMalformed_ReturnsTrue(string email)
    {
        // Arrange
        // Act
        var refused = EmailValidator.IsFakeOrInvalid(email);

        // Assert
        Assert.True(refused);
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("grace.hopper+navy@mail.example.org")]
    public void IsFakeOrInvalid_PlausibleAddress_ReturnsFalse(string email)
    {
        // Arrange
        // Act
        var refused = EmailValidator.IsFakeOrInvalid(email);

        // Assert
        Assert.False(refused);
    }
}
