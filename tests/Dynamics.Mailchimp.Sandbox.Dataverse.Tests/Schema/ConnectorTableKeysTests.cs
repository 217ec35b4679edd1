using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Schema;

/// <summary>
/// Alternate keys of the connector's tables over the Web API. A create that would duplicate a key answers 412 with
/// 0x80060892 (DuplicateRecordEntityKey; Microsoft's error list, https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
/// The status is recorded real behaviour: a Dataverse CLI notes the body {"error":{"code":"0x80060892",…}} "with HTTP 412",
/// "live-verified on both on-prem v9.1 and Dataverse cloud v9.2" (Gharib89/crm, crm/commands/entity.py); the
/// primary-key twin 0x80040237 also answers 412 (microsoft/coe-starter-kit#3624: ApiExceptionHttpStatusCode "412").
/// </summary>
public sealed class ConnectorTableKeysTests
{
    [Fact]
    public async Task Post_SecondLeaseRowWithTheSameName_Is412DuplicateRecordEntityKey()
    {
        // Arrange: two job instances both found no lease row and race to create it.
        await using var sandbox = await Sandboxes.StartAsync();
        using var first = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        using var second = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        await WebApiClient.CreateAsync(first, "dmc_syncstates", """{"dmc_name":"lease:push","dmc_leaseowner":"host-1/1/run-a"}""");

        // Act
        using var refused = await WebApiClient.SendAsync(second, HttpMethod.Post, "dmc_syncstates", """{"dmc_name":"lease:push","dmc_leaseowner":"host-2/2/run-b"}""");
        var error = await WebApiClient.ReadJsonAsync(refused);

        // Assert
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("0x80060892", WebApiClient.ErrorCode(error));
        Assert.StartsWith("Entity Key State Key violated.", WebApiClient.ErrorMessage(error), StringComparison.Ordinal);
        Assert.Equal("host-1/1/run-a", sandbox.Organization.Rows("dmc_syncstate").Single()["dmc_leaseowner"]);
    }
}
