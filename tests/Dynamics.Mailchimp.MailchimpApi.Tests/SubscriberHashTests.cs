using System.Security.Cryptography;
using System.Text;

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

    // Addresses in any case, with surrounding spaces, non-ASCII letters (precomposed and combining, a letter outside
    // the basic plane, a Turkish dotted capital I, the Kelvin sign) and one longer than the stack buffer.
    private static readonly string[] Addresses =
    [
        "ada@example.org",
        "Ada.Lovelace@Example.ORG",
        "  zoë@exämple.de\t",
        "ZOË@EXÄMPLE.DE",
        "zoe\u0308@example.de",
        "\U00010400user@example.org",
        "\u0130stanbul@example.com.tr",
        "\u212Aelvin@example.org",
        "ÅSA.ÖBERG@EXAMPLE.SE ",
        new string('X', 300) + "@example.org",
    ];

    public static TheoryData<string> VariedAddresses => [.. Addresses];

    [Theory]
    [MemberData(nameof(VariedAddresses))]
    public void Compute_VariedAddress_IsTheMd5OfTheNormalizedUtf8(string email)
    {
        // Arrange
        var expected = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(SubscriberHash.Normalize(email))));

        // Act
        var hash = SubscriberHash.Compute(email);

        // Assert
        Assert.Equal(expected, hash);
    }

    [Theory]
    [MemberData(nameof(VariedAddresses))]
    public void IsSameAddress_VariedAddress_AgreesWithComparingNormalizedAddresses(string email)
    {
        // Arrange
        string[] others = [.. Addresses.Select(SubscriberHash.Normalize)];

        // Act
        var answers = others.Select(other => SubscriberHash.IsSameAddress(email, other)).ToArray();

        // Assert
        Assert.Equal(others.Select(other => SubscriberHash.Normalize(email) == other), answers);
        Assert.Contains(true, answers);
    }
}
