namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed class SubscriberHashTests
{
    // Vector from https://mailchimp.com/developer/marketing/docs/methods-parameters/ (subscriber hash example),
    // cross-checked with `printf '%s' urist.mcvankab@freddiesjokes.com | md5sum`.
    [Fact(DisplayName = "Compute_KnownVector_MatchesMd5OfLowercasedAddress (mailchimp.com/developer/marketing/docs/methods-parameters/)")]
    public void Compute_KnownVector_MatchesMd5OfLowercasedAddress()
    {
        // Arrange
        const string email = "Urist.McVankab@freddiesjokes.com";

        // Act
        var hash = SubscriberHash.Compute(email);

        // Assert
        Assert.Equal("62eeb292278cc15f5817cb78f7790b08", hash);
    }

    [Fact]
    public void Compute_CaseAndSurroundingSpaces_GiveSameHash()
    {
        // Arrange
        const string plain = "urist.mcvankab@freddiesjokes.com";

        // Act
        var shouted = SubscriberHash.Compute("  URIST.MCVANKAB@FREDDIESJOKES.COM \t");

        // Assert
        Assert.Equal(SubscriberHash.Compute(plain), shouted);
        Assert.Matches("^[0-9a-f]{32}$", shouted);
    }

    [Fact]
    public void Compute_EmptyAddress_Throws()
    {
        // Arrange
        const string email = " ";

        // Act
        var act = () => SubscriberHash.Compute(email);

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
