using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// Conformance: UpsertMultiple raises the Create or Update of each target
/// (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations), so each needs that operation's
/// privilege; "any error … causes the entire operation to roll back" on a standard table.
/// </summary>
public sealed class UpsertMultiplePrivilegeTests
{
    private const string Path = "dmc_mailchimpcampaigns/Microsoft.Dynamics.CRM.UpsertMultiple";

    private static string Body(Guid id) =>
        $$"""{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.dmc_mailchimpcampaign","dmc_mailchimpcampaignid":"{{id}}","dmc_mailchimpid":"c9","dmc_name":"New"}]}""";

    [Fact]
    public async Task UpsertMultiple_NewTargetWithoutCreate_Returns403AndWritesNothing()
    {
        // Arrange
        var (sandbox, client, _) = await ConnectorRoleSandbox.StartAsync(ConnectorRoleSandbox.Service.Without("prvCreatedmc_mailchimpcampaign"));
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Body(Guid.NewGuid()));

        // Assert
        Assert.Contains("is missing prvCreatedmc_mailchimpcampaign privilege", await ConnectorRoleSandbox.DeniedAsync(response), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.Rows("dmc_mailchimpcampaign"));
    }

    [Fact]
    public async Task UpsertMultiple_ServiceRole_CreatesTheTarget()
    {
        // Arrange
        var (sandbox, client, _) = await ConnectorRoleSandbox.StartAsync(ConnectorRoleSandbox.Service);
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Body(Guid.NewGuid()));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(sandbox.Organization.Rows("dmc_mailchimpcampaign"));
    }
}
