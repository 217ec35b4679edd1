using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests;

/// <summary>DataverseSandboxTests: bearer tokens and the request log (secrets never recorded).</summary>
public sealed partial class DataverseSandboxTests
{
    [Fact]
    public async Task Get_WhoAmI_ReturnsTheTokensUser()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("WhoAmI");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sut.Tokens.ConnectorUserId, Guid.Parse(body["UserId"]!.GetValue<string>()));
        Assert.Equal(sut.Organization.OrganizationId, Guid.Parse(body["OrganizationId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_NoToken_Returns401WithBearerChallenge()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(null);

        // Act
        using var response = await client.GetAsync("contacts");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.StartsWith("0x", WebApiClient.ErrorCode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownToken_Returns401WithoutEchoingTheToken()
    {
        // Arrange
        await using var sut = await CreateSut();
        const string badToken = "not-a-sandbox-token-7f3a9c";
        using var client = sut.CreateClient(badToken);

        // Act
        using var response = await client.GetAsync("contacts");
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(badToken, text, StringComparison.Ordinal);
        var recorded = Assert.Single(sut.Requests);
        Assert.Equal(401, recorded.StatusCode);
        Assert.DoesNotContain(recorded.Headers.Values, v => v.Contains(badToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_ValidToken_IsRecordedRedacted()
    {
        // Arrange
        await using var sut = await CreateSut(new DataverseSandboxOptions { ConnectorToken = "connector-secret-123" });
        using var client = sut.CreateClient(sut.Tokens.ConnectorToken);

        // Act
        using var response = await client.GetAsync("WhoAmI");

        // Assert
        var recorded = Assert.Single(sut.Requests);
        Assert.Equal("/api/data/v9.2/WhoAmI", recorded.Path);
        Assert.Equal("REDACTED", recorded.Headers["Authorization"]);
        Assert.DoesNotContain("connector-secret-123", sut.Tokens.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearRequests_AfterRequests_EmptiesTheLog()
    {
        // Arrange
        await using var sut = await CreateSut();
        using var client = sut.CreateClient(sut.Tokens.AdminToken);
        using var response = await client.GetAsync("WhoAmI");

        // Act
        sut.ClearRequests();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sut.Requests);
    }

    [Fact]
    public async Task StartAsync_TwoStarts_IssueDifferentRandomTokensAndAnApplicationUser()
    {
        // Arrange
        var applicationId = Guid.NewGuid();

        // Act
        await using var first = await CreateSut(new DataverseSandboxOptions { ConnectorApplicationId = applicationId });
        await using var second = await CreateSut();

        // Assert
        Assert.NotEqual(first.Tokens.AdminToken, second.Tokens.AdminToken);
        Assert.NotEqual(first.Tokens.ConnectorToken, first.Tokens.AdminToken);
        var user = first.Organization.Rows("systemuser").Single(u => u.Id == first.Tokens.ConnectorUserId);
        Assert.Equal(applicationId.ToString("D"), user["applicationid"]);
    }
}
