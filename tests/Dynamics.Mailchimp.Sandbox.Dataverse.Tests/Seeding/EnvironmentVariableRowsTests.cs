using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Seeding;

/// <summary>
/// The sandbox holds the solution's environment variable definitions as an import leaves them, and serves both tables
/// with the columns of Microsoft's EnvironmentVariableDefinition and EnvironmentVariableValue table references
/// (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition).
/// </summary>
public sealed class EnvironmentVariableRowsTests
{
    [Fact]
    public async Task StartAsync_FromSource_ServesTheSolutionsDefinitionsOverTheWebApi()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        using var http = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);

        // Act
        using var response = await WebApiClient.SendAsync(http, HttpMethod.Get, "environmentvariabledefinitions?$select=schemaname,type,defaultvalue&$orderby=schemaname");

        // Assert
        var rows = (await WebApiClient.ReadJsonAsync(response))["value"]!.AsArray();
        var expected = EnvironmentVariableCatalog.FromSolution();
        Assert.Equal(expected.Select(d => d.SchemaName), rows.Select(r => r!["schemaname"]!.GetValue<string>()));
        Assert.Equal(expected.Select(d => d.Type), rows.Select(r => r!["type"]!.GetValue<int>()));
        Assert.Equal(expected.Select(d => d.DefaultValue), rows.Select(r => r!["defaultvalue"]?.GetValue<string>()));
    }

    [Fact]
    public async Task SetCurrentValue_FetchXmlWithOuterLink_ReturnsTheValueBesideTheDefault()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        EnvironmentVariableRows.SetCurrentValue(sandbox.Organization, "dmc_ReconcileIntervalDays", "14");
        using var http = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var fetch = "<fetch><entity name=\"environmentvariabledefinition\"><attribute name=\"schemaname\" /><attribute name=\"defaultvalue\" />" +
            "<filter><condition attribute=\"schemaname\" operator=\"in\"><value>dmc_ReconcileIntervalDays</value><value>dmc_ActivityRetentionDays</value></condition></filter>" +
            "<link-entity name=\"environmentvariablevalue\" from=\"environmentvariabledefinitionid\" to=\"environmentvariabledefinitionid\" link-type=\"outer\" alias=\"v\"><attribute name=\"value\" /></link-entity>" +
            "<order attribute=\"schemaname\" /></entity></fetch>";

        // Act
        using var response = await WebApiClient.SendAsync(http, HttpMethod.Get, "environmentvariabledefinitions?fetchXml=" + Uri.EscapeDataString(fetch));

        // Assert: the definition without a value row still comes back (outer link), with no value.
        var rows = (await WebApiClient.ReadJsonAsync(response))["value"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("dmc_ActivityRetentionDays", "90", (string?)null), (rows[0]["schemaname"]!.GetValue<string>(), rows[0]["defaultvalue"]!.GetValue<string>(), Value(rows[0])));
        Assert.Equal(("dmc_ReconcileIntervalDays", "7", "14"), (rows[1]["schemaname"]!.GetValue<string>(), rows[1]["defaultvalue"]!.GetValue<string>(), Value(rows[1])));
    }

    [Fact]
    public async Task StartAsync_OwnOrganization_SeedsNoDefinitions()
    {
        // Arrange
        var organization = new InMemoryOrganization();

        // Act
        await using var sandbox = await Sandboxes.StartAsync(new DataverseSandboxOptions { Organization = organization });

        // Assert: an organization the caller brings is served as it is.
        Assert.Equal(0, organization.Count(EnvironmentVariableNames.DefinitionTable));
    }

    [Fact]
    public void Seed_Definitions_WritesOneRowEachWithTypeAndDefault()
    {
        // Arrange
        var organization = new InMemoryOrganization();

        // Act
        var written = EnvironmentVariableRows.Seed(organization, [new("x_Flag", EnvironmentVariableTypes.Boolean, "no")]);

        // Assert
        var row = Assert.Single(organization.Rows(EnvironmentVariableNames.DefinitionTable));
        Assert.Equal(1, written);
        Assert.Equal(EnvironmentVariableRows.DefinitionId("x_Flag"), row.Id);
        Assert.Equal(EnvironmentVariableTypes.Boolean, row.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(EnvironmentVariableNames.Type).Value);
        Assert.Equal("no", row.GetAttributeValue<string>(EnvironmentVariableNames.DefaultValue));
    }

    private static string? Value(JsonObject row) => row.TryGetPropertyValue("v.value", out var value) ? value?.GetValue<string>() : null;
}
