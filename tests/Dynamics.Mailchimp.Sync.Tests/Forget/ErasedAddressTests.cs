using Dynamics.Mailchimp.Sync.Forget;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>
/// The erased address and its hashes: the audit form is <c>sha256:&lt;hex&gt;</c> of the trimmed, lower-case address
/// (the task's contract), the member id is Mailchimp's MD5 subscriber hash of the same form
/// (https://mailchimp.com/developer/marketing/docs/methods-parameters/, shared/reference/mailchimp.md §4).
/// </summary>
public sealed class ErasedAddressTests
{
    private static ErasedAddress CreateSut(string text = "  Ada@Contoso.com ") => ErasedAddress.Parse(text);

    [Fact]
    public void Parse_MixedCaseWithSpaces_HashesTheTrimmedLowerCaseAddress()
    {
        // Arrange / Act
        var sut = CreateSut();

        // Assert: SHA-256 and MD5 of "ada@contoso.com", computed outside .NET (Python hashlib).
        Assert.Equal("ada@contoso.com", sut.Address);
        Assert.Equal("sha256:f6ca951caced93f18975fcc0dd585ef20ad0c168b4f0a99e8ecc6c97a1a0e077", sut.Hash);
        Assert.Equal("35b034d0fbb07934d6bd61bd9122ef61", sut.MemberId);
    }

    [Fact]
    public void ToString_Always_IsTheHashNeverTheAddress()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var text = $"erasing {sut}";

        // Assert
        Assert.Equal("erasing " + sut.Hash, text);
        Assert.DoesNotContain("ada@", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("two@@contoso.com")]
    [InlineData("ada@localhost")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotAnAddress_ThrowsWithoutRepeatingIt(string? text)
    {
        // Arrange / Act
        var error = Assert.Throws<ErasureAddressException>(() => ErasedAddress.Parse(text));

        // Assert
        Assert.False(text is { Length: > 0 } && error.Message.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Scrub_AddressInAnyCase_ReplacedByTheHashEverywhere()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var scrubbed = sut.Scrub("contact 1 (ADA@contoso.com) unsubscribed; was ada@contoso.com before");

        // Assert
        Assert.Equal($"contact 1 ({sut.Hash}) unsubscribed; was {sut.Hash} before", scrubbed);
        Assert.False(sut.IsIn(scrubbed));
    }

    [Fact]
    public void Is_SameAddressOtherCaseAndSpaces_True_OtherAddress_False()
    {
        // Arrange
        var sut = CreateSut();

        // Act / Assert
        Assert.True(sut.Is(" ADA@contoso.COM"));
        Assert.False(sut.Is("ada.l@contoso.com"));
        Assert.False(sut.Is(null));
    }
}
