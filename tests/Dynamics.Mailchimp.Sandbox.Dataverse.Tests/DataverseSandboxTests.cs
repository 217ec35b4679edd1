using System.ComponentModel.DataAnnotations;
using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests;

/// <summary>
/// Start-up, authentication, headers and request recording.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
/// </summary>
public sealed partial class DataverseSandboxTests
{
    private static Task<DataverseSandbox> CreateSut(DataverseSandboxOptions? options = null) => Sandboxes.StartAsync(options);

    [Fact]
    public async Task StartAsync_Default_ListensOnLoopbackServiceRoot()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var address = sut.BaseAddress;

        // Assert
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.Equal("/api/data/v9.2/", address.AbsolutePath);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsValidationException()
    {
        // Arrange
        var options = new DataverseSandboxOptions { MaxPageSize = 6000 };

        // Act
        var failure = await Record.ExceptionAsync(() => CreateSut(options));

        // Assert
        var validation = Assert.IsType<ValidationException>(failure);
        Assert.Contains(nameof(DataverseSandboxOptions.MaxPageSize), validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServiceDocument_ListsEntitySetsWithODataHeaders()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync(string.Empty);
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
        Assert.True(Guid.TryParse(response.Headers.GetValues("REQ_ID").Single(), out _));
        Assert.True(response.Headers.Contains("x-ms-service-request-id"));
        var names = body["value"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToArray();
        Assert.Contains("contacts", names);
        Assert.Contains("lists", names);
        Assert.Contains("dmc_syncqueueitems", names);
    }

    [Fact]
    public async Task Get_OutsideServiceRoot_Returns501ODataError()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync(new Uri(sut.BaseAddress, "/api/data/v9.1/contacts"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("/api/data/v9.1/contacts", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }
}
