using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed class Md5Tests
{
    // The test suite of RFC 1321, appendix A.5 (https://www.rfc-editor.org/rfc/rfc1321#appendix-A.5).
    [Theory(DisplayName = "HashData_Rfc1321TestSuite_GivesItsDigests (rfc-editor.org/rfc/rfc1321 A.5)")]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("a", "0cc175b9c0f1b6a831c399e269772661")]
    [InlineData("abc", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("message digest", "f96b697d7cb7938d525a2f31aaf161d0")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a")]
    public void HashData_Rfc1321TestSuite_GivesItsDigests(string message, string expected)
    {
        // Arrange
        var digest = new byte[Md5.HashSize];

        // Act
        Md5.HashData(Encoding.ASCII.GetBytes(message), digest);

        // Assert
        Assert.Equal(expected, Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void HashData_EveryLengthAcrossThreeBlocks_MatchesThePlatformMd5()
    {
        // Arrange: every padding case (a tail under 56 bytes, 56 to 63, whole blocks) with random bytes.
        var random = new Random(7);
        var digest = new byte[Md5.HashSize];

        for (var length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);

            // Act
            Md5.HashData(message, digest);

            // Assert
            Assert.Equal(MD5.HashData(message), digest);
        }
    }
}
