using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>EntityQueryHandlerTests: errors.</summary>
public sealed partial class EntityQueryHandlerTests
{
    [Theory]
    [InlineData("contacts?$select=Name", "Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.contact'.")]
    [InlineData("contacts?$filter=nosuchcolumn eq 1", "nosuchcolumn")]
    [InlineData("contacts?$filter=firstname eq", "firstname")]
    [InlineData("contacts(not-a-guid)", "not-a-guid")]
    public async Task Get_MalformedQuery_Returns400WithODataError(string url, string expectedInMessage)
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(url);
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("0x", WebApiClient.ErrorCode(body), StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownEntitySet_Returns404ResourceNotFoundForSegment()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("Account");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert (https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors)
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("0x8006088a", WebApiClient.ErrorCode(body));
        Assert.Equal("Resource not found for the segment 'Account'.", WebApiClient.ErrorMessage(body));
    }

    [Theory]
    [InlineData("contacts?$expand=parentcustomerid_account", "$expand")]
    [InlineData("contacts?$filter=Microsoft.Dynamics.CRM.In(PropertyName='lastname',PropertyValues=['McKay'])", "Microsoft.Dynamics.CRM.In")]
    [InlineData("contacts?$filter=lastname eq 'a' and versionnumber add 1 eq 2", "$filter")]
    [InlineData("contacts?$filter=length(lastname) eq 5", "length")]
    public async Task Get_UnsupportedFeature_Returns501NamingIt(string url, string feature)
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync(url);
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains(feature, WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MissingRow_Returns404WithObjectDoesNotExist()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var missing = Guid.NewGuid();

        // Act
        using var response = await client.GetAsync($"contacts({missing})");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("0x80040217", WebApiClient.ErrorCode(body));
        Assert.Contains(missing.ToString(), WebApiClient.ErrorMessage(body), StringComparison.OrdinalIgnoreCase);
    }
}
