using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Routing;

/// <summary>
/// Resource paths.
/// Conformance: https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors
/// </summary>
public sealed class ResourcePathParserTests
{
    private static ResourcePathParser CreateSut() => new(OrganizationSchema.Default());

    [Theory]
    [InlineData("", "ServiceDocument")]
    [InlineData("$batch", "Batch")]
    [InlineData("WhoAmI", "WhoAmI")]
    [InlineData("WhoAmI()", "WhoAmI")]
    [InlineData("contacts", "EntitySet")]
    [InlineData("contacts(6f1c1d2e-0000-4000-8000-000000000001)", "Entity")]
    [InlineData("lists(6f1c1d2e-0000-4000-8000-000000000001)/Microsoft.Dynamics.CRM.AddMemberList", "BoundAction")]
    [InlineData("AddListMembersList", "UnboundAction")]
    public void Parse_KnownShapes_ReturnsKind(string path, string expected)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var parsed = sut.Parse(path);

        // Assert
        Assert.Equal(expected, parsed.Kind.ToString());
    }

    [Theory]
    [InlineData("Contacts", 404, "Resource not found for the segment 'Contacts'.")]
    [InlineData("contacts(6f1c1d2e-0000-4000-8000-000000000001)/nosuchthing", 404, "Resource not found for the segment 'nosuchthing'.")]
    [InlineData("contacts(6f1c1d2e-0000-4000-8000-000000000001)/Microsoft.Dynamics.CRM.AddMemberList", 404, "Microsoft.Dynamics.CRM.AddMemberList")]
    [InlineData("contacts(123)", 400, "123")]
    [InlineData("contacts(emailaddress1='a@b.c')", 501, "Alternate keys")]
    [InlineData("contacts(6f1c1d2e-0000-4000-8000-000000000001)/parentcustomerid_account/contacts", 501, "nested")]
    public void Parse_BadShapes_ThrowsWithDataverseStatus(string path, int status, string expectedInMessage)
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var failure = Assert.Throws<WebApiException>(() => sut.Parse(path));

        // Assert
        Assert.Equal(status, failure.StatusCode);
        Assert.Contains(expectedInMessage, failure.Message, StringComparison.Ordinal);
    }
}
