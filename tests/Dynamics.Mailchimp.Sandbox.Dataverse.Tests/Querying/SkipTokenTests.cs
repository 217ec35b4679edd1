using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Querying;

/// <summary>The $skiptoken cookie (shape from https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results).</summary>
public sealed class SkipTokenTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(17)]
    public void Parse_FormattedToken_RoundTripsPageNumber(int page)
    {
        // Arrange
        var token = SkipToken.Format(page);

        // Act
        var parsed = SkipToken.Parse(token);

        // Assert
        Assert.Equal(page, parsed);
        Assert.StartsWith("<cookie pagenumber=", token, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ForeignToken_Throws400()
    {
        // Arrange
        const string token = "abc";

        // Act
        var failure = Assert.Throws<WebApiException>(() => SkipToken.Parse(token));

        // Assert
        Assert.Equal(400, failure.StatusCode);
    }
}
