using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Protocol;

/// <summary>
/// Status and error body per fault.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
/// </summary>
public sealed class FaultTranslatorTests
{
    public static TheoryData<int, int, bool, string> OrganizationFaults => new()
    {
        { OrganizationErrorCodes.ObjectDoesNotExist, 404, false, "0x80040217" },
        { OrganizationErrorCodes.ConcurrencyVersionMismatch, 412, false, "0x80060882" },
        { OrganizationErrorCodes.DuplicateRecord, 400, false, "0x80040237" },
        { OrganizationErrorCodes.DuplicateRecord, 412, true, "0x80040237" },
        { OrganizationErrorCodes.MaxLengthExceeded, 400, false, "0x80044331" },
    };

    [Theory]
    [MemberData(nameof(OrganizationFaults))]
    public void ToResponse_OrganizationFault_MapsStatusAndHexCode(int errorCode, int status, bool duplicateIsPrecondition, string hex)
    {
        // Arrange
        var fault = new OrganizationServiceFaultException(errorCode, "contact 42 says no");

        // Act
        var response = FaultTranslator.ToResponse(fault, duplicateIsPrecondition);

        // Assert
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(hex, response.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal("contact 42 says no", response.Body["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void ToResponse_PluginException_Is400WithPluginMessage()
    {
        // Arrange
        var failure = new InvalidPluginExecutionException("MemberCreatedPlugin: bad configuration.");

        // Act
        var response = FaultTranslator.ToResponse(failure);

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("0x80040265", response.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal("MemberCreatedPlugin: bad configuration.", response.Body["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void ToResponse_NotSupportedByInMemoryService_Is501NamingFeature()
    {
        // Arrange
        var failure = new NotSupportedByInMemoryServiceException("The message 'Merge'");

        // Act
        var response = FaultTranslator.ToResponse(failure);

        // Assert
        Assert.Equal(501, response.StatusCode);
        Assert.Contains("Merge", response.Body!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
