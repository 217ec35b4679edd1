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

    [Theory]
    [InlineData("odata.include-annotations=\"*\"", "Microsoft.Dynamics.CRM.morerecords", true)]
    [InlineData("odata.include-annotations=\"Microsoft.Dynamics.CRM.*\"", "Microsoft.Dynamics.CRM.fetchxmlpagingcookie", true)]
    [InlineData("odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\", odata.maxpagesize=10", "Microsoft.Dynamics.CRM.morerecords", true)]
    [InlineData("odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"", "Microsoft.Dynamics.CRM.morerecords", false)]
    [InlineData("odata.include-annotations=\"*,-Microsoft.Dynamics.CRM.morerecords\"", "Microsoft.Dynamics.CRM.morerecords", false)]
    [InlineData(null, "Microsoft.Dynamics.CRM.morerecords", false)]
    // Conformance: OData 4.01 Protocol, section 8.2.8.4 (Preference odata.include-annotations).
    public void Includes_AnnotationPatterns_MatchAsOData(string? header, string annotation, bool expected)
    {
        // Arrange
        var prefer = PreferHeader.Parse(header);

        // Act
        var included = prefer.Includes(annotation);

        // Assert
        Assert.Equal(expected, included);
    }

    [Fact]
    public void Parse_QuotedListWithCommas_KeepsOtherPreferences()
    {
        // Arrange
        const string header = "odata.include-annotations=\"a.b,c.d\", odata.maxpagesize=7";

        // Act
        var prefer = PreferHeader.Parse(header);

        // Assert
        Assert.Equal(7, prefer.MaxPageSize);
        Assert.Equal(["a.b", "c.d"], prefer.IncludeAnnotations);
    }
}
