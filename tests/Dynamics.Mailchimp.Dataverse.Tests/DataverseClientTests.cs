using System.Net;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>Core behaviour of <see cref="DataverseClient"/>: WhoAmI, common headers, auth and error mapping.
/// Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors</summary>
public sealed class DataverseClientTests
{
    private const string WhoAmIBody =
        """{"@odata.context":"https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse","BusinessUnitId":"6f202e6c-e471-ec11-8941-000d3a8b8f1c","UserId":"88057198-a9b1-ec11-9840-00224829a8b1","OrganizationId":"e34c95a5-f34c-430c-a05e-a23437e5b9fa"}""";

    private static ClientHost CreateSut(Action<DataverseClientOptions>? configure = null) => ClientHost.Create(configure);

    [Fact]
    public async Task WhoAmIAsync_Success_ReturnsIdsAndSendsODataHeaders()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, WhoAmIBody);

        // Act
        var result = await host.Client.WhoAmIAsync(CancellationToken.None);

        // Assert
        Assert.Equal(Guid.Parse("88057198-a9b1-ec11-9840-00224829a8b1"), result.UserId);
        Assert.Equal(Guid.Parse("6f202e6c-e471-ec11-8941-000d3a8b8f1c"), result.BusinessUnitId);
        Assert.Equal(Guid.Parse("e34c95a5-f34c-430c-a05e-a23437e5b9fa"), result.OrganizationId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(ClientHost.ServiceRoot + "WhoAmI", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Equal("4.0", request.Header("OData-MaxVersion"));
        Assert.Equal("4.0", request.Header("OData-Version"));
        Assert.Equal("Bearer " + RecordingHandler.Fingerprint(ClientHost.Token), request.Header("Authorization"));
    }

    [Fact]
    public async Task WhoAmIAsync_StaticTokenRejected_ThrowsClear401WithoutTokenInMessageOrLogs()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(
            HttpStatusCode.Unauthorized, """{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}""",
            ("x-ms-service-request-id", "req-401"));

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => host.Client.WhoAmIAsync(CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("req-401", error.RequestId);
        Assert.Contains("static bearer token", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET WhoAmI", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHost.Token, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(host.Logs.GetSnapshot());
        Assert.DoesNotContain(ClientHost.Token, host.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmIAsync_ClientSecretRejected_TellsAdminWhatToFixWithoutSecret()
    {
        // Arrange
        const string secret = "cs-Very~Secret.Value-123";
        using var host = CreateSut(o =>
        {
            o.AuthType = DataverseAuthType.ClientSecret;
            o.TenantId = "11111111-2222-3333-4444-555555555555";
            o.ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
            o.ClientSecret = secret;
            o.Credential = new Dynamics.Mailchimp.Dataverse.Authentication.StaticTokenCredential("token-from-entra-id");
        });
        host.Handler.EnqueueJson(HttpStatusCode.Unauthorized, """{"error":{"code":"","message":"Invalid token."}}""");

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => host.Client.WhoAmIAsync(CancellationToken.None));

        // Assert
        Assert.Contains("application user", error.Message, StringComparison.Ordinal);
        Assert.Contains("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("token-from-entra-id", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, host.AllLogText(), StringComparison.Ordinal);
        Assert.DoesNotContain("token-from-entra-id", host.AllLogText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmIAsync_Forbidden_NamesSecurityRoleFix()
    {
        // Arrange
        using var host = CreateSut(o => o.ClientId = "app-42");
        host.Handler.EnqueueJson(HttpStatusCode.Forbidden, """{"error":{"code":"0x80040220","message":"Principal user is missing prvReadContact privilege."}}""");

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => host.Client.WhoAmIAsync(CancellationToken.None));

        // Assert
        Assert.Equal("0x80040220", error.ErrorCode);
        Assert.Contains("security role", error.Message, StringComparison.Ordinal);
        Assert.Contains("prvReadContact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmIAsync_ServerErrorWithAnnotations_ThrowsTypedExceptionAfterRetries()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Fallback = _ => RecordingHandler.Json(
            HttpStatusCode.ServiceUnavailable,
            """{"error":{"code":"0x80040216","message":"An unexpected error occurred.","@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus":"0"}}""",
            ("REQ_ID", "legacy-id"));

        // Act
        var error = await Assert.ThrowsAsync<DataverseApiException>(() => host.Client.WhoAmIAsync(CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("0x80040216", error.ErrorCode);
        Assert.Equal("legacy-id", error.RequestId);
        Assert.Equal("0", error.Error.Annotations["@Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus"]);
        Assert.Equal(3, host.Handler.Requests.Count);
    }
}
