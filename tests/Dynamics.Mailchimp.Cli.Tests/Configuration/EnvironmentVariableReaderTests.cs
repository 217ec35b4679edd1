using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Solution.Security;
using Dynamics.Mailchimp.Solution.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli.Tests.Configuration;

/// <summary>Reading the solution's environment variables from the Dataverse sandbox as the connector's application user.</summary>
public sealed class EnvironmentVariableReaderTests
{
    private static async Task<(DataverseSandbox Sandbox, ServiceConnections Connections)> CreateSut(DataverseSandboxOptions? options = null)
    {
        var sandbox = await DataverseSandbox.StartAsync(options ?? new DataverseSandboxOptions(), CancellationToken.None);
        var (environment, version) = DataverseUrlFlag.Split(sandbox.BaseAddress);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:EnvironmentUrl"] = environment.ToString(),
            ["Dataverse:ApiVersion"] = version,
            ["Dataverse:AuthType"] = "StaticToken",
            ["Dataverse:StaticToken"] = sandbox.Tokens.ConnectorToken,
            ["Mailchimp:ApiKey"] = "0123456789abcdef0123456789abcdef-us21",
        }).Build();
        return (sandbox, ServiceConnections.Create(configuration, logging => logging.SetMinimumLevel(LogLevel.None)));
    }

    [Fact]
    public async Task ReadAsync_FreshImport_ReturnsEachDefinitionWithItsDefaultInOneRequest()
    {
        // Arrange
        var (sandbox, connections) = await CreateSut();
        await using var disposeSandbox = sandbox;
        await using var disposeConnections = connections;

        // Act
        var readings = await EnvironmentVariableReader.ReadAsync(connections.Dataverse, EnvironmentVariableSettings.SchemaNames, CancellationToken.None);

        // Assert
        Assert.Equal(EnvironmentVariableCatalog.FromSolution().Select(d => (d.SchemaName, (int?)d.Type, d.DefaultValue)), readings.Select(r => (r.SchemaName, r.Type, r.DefaultValue)));
        Assert.All(readings, r => Assert.Null(r.CurrentValue));
        Assert.Equal(1, connections.Calls.Dataverse);
    }

    [Fact]
    public async Task ReadAsync_CurrentValueSet_OverridesTheDefault()
    {
        // Arrange
        var (sandbox, connections) = await CreateSut();
        await using var disposeSandbox = sandbox;
        await using var disposeConnections = connections;
        EnvironmentVariableRows.SetCurrentValue(sandbox.Organization, "dmc_ActivityRetentionDays", "30");

        // Act
        var readings = await EnvironmentVariableReader.ReadAsync(connections.Dataverse, EnvironmentVariableSettings.SchemaNames, CancellationToken.None);

        // Assert
        var retention = Assert.Single(readings, r => r.SchemaName == "dmc_ActivityRetentionDays");
        Assert.Equal(("30", "90", "30", "current value"), (retention.CurrentValue, retention.DefaultValue, retention.Value, retention.Origin));
        Assert.Equal(EnvironmentVariableSettings.SchemaNames.Count, readings.Count);
    }

    [Fact]
    public async Task ReadAsync_RoleWithoutReadOnValues_Fails403NamingThePrivilege()
    {
        // Arrange: the query links the value table, so it needs Read on both tables, as a real organization does.
        var role = SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService).Without("prvReadEnvironmentVariableValue");
        var (sandbox, connections) = await CreateSut(new DataverseSandboxOptions { ConnectorRoles = [role] });
        await using var disposeSandbox = sandbox;
        await using var disposeConnections = connections;

        // Act
        var error = await Assert.ThrowsAsync<DataverseAuthorizationException>(() => EnvironmentVariableReader.ReadAsync(connections.Dataverse, EnvironmentVariableSettings.SchemaNames, CancellationToken.None));

        // Assert
        Assert.Contains("prvReadEnvironmentVariableValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FetchXml_SchemaNames_AreEscapedAndOrdered()
    {
        // Act
        var fetch = EnvironmentVariableReader.FetchXml(["b_Two", "a_<One>"]);

        // Assert
        Assert.Contains("<value>a_&lt;One&gt;</value><value>b_Two</value>", fetch, StringComparison.Ordinal);
        Assert.Contains("link-type=\"outer\" alias=\"v\"", fetch, StringComparison.Ordinal);
    }
}
