using Dynamics.Mailchimp.Dataverse.Errors;

namespace Dynamics.Mailchimp.Dataverse.Tests.Errors;

/// <summary>Error bodies. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors</summary>
public sealed class DataverseErrorParserTests
{
    [Fact]
    public void Parse_ODataErrorWithAnnotations_ReadsCodeMessageAndAnnotations()
    {
        // Arrange
        const string body = """
            {"error":{"code":"0x80040265","message":"Duplicate detected.",
              "@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus":"0",
              "@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode":"-2146233088",
              "@Microsoft.PowerApps.CDS.HelpLink":"http://go.microsoft.com/fwlink/?LinkID=398563&error=Microsoft.Crm.CrmException%3a80040265",
              "@Microsoft.PowerApps.CDS.InnerError.Message":"Duplicate detected."}}
            """;

        // Act
        var error = DataverseErrorParser.Parse(body);

        // Assert
        Assert.Equal("0x80040265", error.Code);
        Assert.Equal("Duplicate detected.", error.Message);
        Assert.Equal(4, error.Annotations.Count);
        Assert.Equal("-2146233088", error.Annotations["@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode"]);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>", "<html>Bad gateway</html>")]
    [InlineData("", "")]
    [InlineData("{\"unexpected\":true}", "{\"unexpected\":true}")]
    public void Parse_NonODataBody_KeepsTextAsMessage(string body, string expectedMessage)
    {
        // Act
        var error = DataverseErrorParser.Parse(body);

        // Assert
        Assert.Equal(string.Empty, error.Code);
        Assert.Equal(expectedMessage, error.Message);
    }
}
