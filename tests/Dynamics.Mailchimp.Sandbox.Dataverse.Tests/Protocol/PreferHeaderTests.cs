using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Protocol;

/// <summary>Prefer header parsing (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).</summary>
public sealed class PreferHeaderTests
{
    [Fact]
    public void Parse_SeveralPreferences_ReadsEachOne()
    {
        // Arrange
        const string header = "odata.include-annotations=\"*\", odata.maxpagesize=250, return=representation, odata.continue-on-error";

        // Act
        var prefer = PreferHeader.Parse(header);

        // Assert
        Assert.Equal(250, prefer.MaxPageSize);
        Assert.True(prefer.ReturnRepresentation);
        Assert.True(prefer.ContinueOnError);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("odata.maxpagesize=abc")]
    [InlineData("odata.maxpagesize=0")]
    public void Parse_NoUsableMaxPageSize_LeavesItNull(string? header)
    {
        // Arrange
        // (header from the inline data)

        // Act
        var prefer = PreferHeader.Parse(header);

        // Assert
        Assert.Null(prefer.MaxPageSize);
        Assert.False(prefer.ContinueOnError);
    }
}
