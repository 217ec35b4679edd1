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
}
