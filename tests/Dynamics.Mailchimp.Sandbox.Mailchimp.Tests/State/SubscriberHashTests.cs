using Dynamics.Mailchimp.Sandbox.Mailchimp.State;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.State;

/// <summary>Page: https://mailchimp.com/developer/marketing/docs/methods-parameters/ (subscriber hash example).</summary>
public sealed class SubscriberHashTests
{
    [Fact(DisplayName = "Of_MixedCaseEmail_IsMd5OfLowercase (https://mailchimp.com/developer/marketing/docs/methods-parameters/)")]
    public void Of_MixedCaseEmail_IsMd5OfLowercase()
    {
        // Arrange
        const string email = "Urist.McVankab@freddiesjokes.com";

        // Act
        var hash = SubscriberHash.Of(email);

        // Assert
        Assert.Equal("62eeb292278cc15f5817cb78f7790b08", hash);
    }

    [Theory]
    [InlineData("Urist.McVankab@freddiesjokes.com", "62eeb292278cc15f5817cb78f7790b08")]
    [InlineData("62EEB292278CC15F5817CB78F7790B08", "62eeb292278cc15f5817cb78f7790b08")]
    public void Resolve_EmailOrHash_ReturnsHash(string segment, string expected)
    {
        // Arrange
        // Act
        var hash = SubscriberHash.Resolve(segment);

        // Assert
        Assert.Equal(expected, hash);
    }

    [Theory]
    [InlineData("  Ada.Lovelace@Brightfield-Labs.com\t")]
    [InlineData("ÉLODIE.Ünal@bücher.example")]
    [InlineData("İSTANBUL@brightfield-labs.com")]
    [InlineData("plain@brightfield-labs.com")]
    [InlineData("")]
    [InlineData(" ")]
    public void Of_VariedAddresses_SameAsMd5OfTheTrimmedInvariantLowercaseUtf8(string email)
    {
        // Arrange
        var expected = Reference(email);

        // Act
        var hash = SubscriberHash.Of(email);

        // Assert
        Assert.Equal(expected, hash);
    }

    [Fact]
    public void Of_AddressLongerThanTheStackBuffer_SameAsTheReference()
    {
        // Arrange
        var email = " " + new string('Ä', 700) + "@brightfield-labs.com ";

        // Act
        var hash = SubscriberHash.Of(email);

        // Assert
        Assert.Equal(Reference(email), hash);
    }

#pragma warning disable CA5351 // MD5 is Mailchimp's identity scheme, not a security control.
    private static string Reference(string email) =>
        Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
#pragma warning restore CA5351
}
