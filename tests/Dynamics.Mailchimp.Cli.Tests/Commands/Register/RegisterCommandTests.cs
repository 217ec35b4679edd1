using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Commands.Status;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Register;

/// <summary>
/// <c>dmc register</c> against the Dataverse sandbox, which serves the registration tables (columns from Microsoft's
/// pluginassembly, plugintype, sdkmessageprocessingstep and sdkmessageprocessingstepimage references) and refuses unknown
/// columns as a real organization does.
/// </summary>
public sealed class RegisterCommandTests : IAsyncLifetime
{
    private static readonly PluginRegistrationManifest Manifest = PluginRegistrationManifest.Load();
    private static readonly string AssemblyPath = typeof(TableNames).Assembly.Location;

    private DataverseSandbox _dataverse = null!;

    public async Task InitializeAsync() => _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);

    public async Task DisposeAsync() => await _dataverse.DisposeAsync();

    [Fact]
    public async Task Register_EmptyOrganization_CreatesTheDeclaredRowsUnderTheirStableIds()
    {
        // Arrange
        var sut = CreateSut();
        var update = Manifest.Steps.First(s => s.Message == "Update" && s.Images.Count == 2);

        // Act
        var (exit, output) = await sut.RunAsync("register", "--assembly", AssemblyPath);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("0 already as declared, 0 failed", output, StringComparison.Ordinal);
        var assembly = Assert.Single(Rows("pluginassembly"));
        Assert.Equal(Manifest.Assembly.Id, assembly.Id);
        Assert.Equal(2, assembly.GetAttributeValue<OptionSetValue>("isolationmode").Value);
        Assert.Equal(Convert.ToBase64String(File.ReadAllBytes(AssemblyPath)), assembly.GetAttributeValue<string>("content"));
        Assert.Equal(Manifest.Steps.Select(s => s.Plugin).Distinct().Count(), Rows("plugintype").Count);
        Assert.Equal(Manifest.Steps.Select(s => s.Id).Order(), Rows("sdkmessageprocessingstep").Select(r => r.Id).Order());
        Assert.Equal(Manifest.Steps.SelectMany(s => s.Images).Select(i => i.Id).Order(), Rows("sdkmessageprocessingstepimage").Select(r => r.Id).Order());

        var step = Rows("sdkmessageprocessingstep").Single(r => r.Id == update.Id);
        Assert.Equal((int)update.Stage, step.GetAttributeValue<OptionSetValue>("stage").Value);
        Assert.Equal((int)update.Mode, step.GetAttributeValue<OptionSetValue>("mode").Value);
        Assert.Equal(update.Rank, step.GetAttributeValue<int>("rank"));
        Assert.Equal(string.Join(',', update.FilteringAttributes), step.GetAttributeValue<string>("filteringattributes"));
        Assert.Equal(update.UnsecureConfiguration, step.GetAttributeValue<string>("configuration"));
        Assert.Equal(PluginTypeIds.Of(Manifest.Assembly.Id, update.Plugin), step.GetAttributeValue<EntityReference>("eventhandler").Id);
        var filter = Rows("sdkmessagefilter").Single(r => r.Id == step.GetAttributeValue<EntityReference>("sdkmessagefilterid").Id);
        Assert.Equal(update.Entity, filter.GetAttributeValue<string>("primaryobjecttypecode"));
        Assert.Equal(step.GetAttributeValue<EntityReference>("sdkmessageid").Id, filter.GetAttributeValue<EntityReference>("sdkmessageid").Id);
        Assert.Equal("Update", Rows("sdkmessage").Single(r => r.Id == filter.GetAttributeValue<EntityReference>("sdkmessageid").Id).GetAttributeValue<string>("name"));

        var image = Rows("sdkmessageprocessingstepimage").Single(r => r.Id == update.Images[0].Id);
        Assert.Equal(update.Id, image.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid").Id);
        Assert.Equal(string.Join(',', update.Images[0].Attributes), image.GetAttributeValue<string>("attributes"));
        Assert.Equal("Target", image.GetAttributeValue<string>("messagepropertyname"));
    }

    [Fact]
    public async Task Register_SecondRun_ReadsOnlyAndWritesNothing()
    {
        // Arrange
        var sut = CreateSut();
        await sut.RunAsync("register", "--assembly", AssemblyPath);
        _dataverse.ClearRequests();

        // Act
        var (exit, output) = await sut.RunAsync("register", "--assembly", AssemblyPath);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("0 row(s) created, 0 updated", output, StringComparison.Ordinal);
        Assert.NotEmpty(_dataverse.Requests);
        Assert.All(_dataverse.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Register_DryRun_PrintsTheDifferenceAndWritesNothing()
    {
        // Arrange
        var sut = CreateSut();
        var step = Manifest.Steps[0];

        // Act
        var (exit, output) = await sut.RunAsync("register", "--assembly", AssemblyPath, "--dry-run");

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains($"create sdkmessageprocessingsteps({step.Id:D}) {step.Name}: name,", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
        Assert.All(_dataverse.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Empty(Rows("sdkmessageprocessingstep"));
        Assert.Empty(Rows("pluginassembly"));
    }

    [Fact]
    public async Task Register_StepChangedInTheOrganization_UpdatesThatStepsChangedColumnOnly()
    {
        // Arrange
        var sut = CreateSut();
        await sut.RunAsync("register", "--assembly", AssemblyPath);
        var step = Manifest.Steps[^1];
        _dataverse.Organization.CreateService().Update(new Entity("sdkmessageprocessingstep", step.Id) { ["rank"] = step.Rank + 5 });
        _dataverse.ClearRequests();

        // Act
        var (exit, json) = await sut.RunJsonAsync("register", "--assembly", AssemblyPath);

        // Assert
        Assert.Equal(0, exit);
        var write = Assert.Single(_dataverse.Requests, r => r.Method != "GET");
        Assert.Equal("PATCH", write.Method);
        Assert.EndsWith($"/sdkmessageprocessingsteps({step.Id:D})", write.Path, StringComparison.Ordinal);
        Assert.Equal("rank", Assert.Single(JsonDocument.Parse(write.Body).RootElement.EnumerateObject()).Name);
        Assert.Equal(1, json.GetProperty("updated").GetInt32());
        Assert.Equal(step.Rank, Rows("sdkmessageprocessingstep").Single(r => r.Id == step.Id).GetAttributeValue<int>("rank"));
    }

    [Fact]
    public async Task Register_MissingAssembly_ExitsWithAConfigurationErrorNamingTheFile()
    {
        // Arrange
        var sut = CreateSut();
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".dll");

        // Act
        var (exit, output) = await sut.RunAsync("register", "--assembly", missing);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(Path.GetFileName(missing), output, StringComparison.Ordinal);
        Assert.Empty(_dataverse.Requests);
    }

    private AdminCli CreateSut() => new(new DataverseCli(_dataverse), _dataverse.Tokens.AdminToken);

    private IReadOnlyList<Entity> Rows(string table) => _dataverse.Organization.Rows(table);

    /// <summary>Runs verbs as the sandbox's administrator: registering plug-ins is an admin task, not the connector's.</summary>
    private sealed class AdminCli(DataverseCli cli, string token)
    {
        public async Task<(int Exit, string Output)> RunAsync(params string[] args)
        {
            var (console, output) = TestConsole.Create();
            var exit = await DmcCli.RunAsync(console, [.. args, .. cli.Flags(token)], cli.Context());
            return (exit, output.ToString());
        }

        public async Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] args)
        {
            var (exit, output) = await RunAsync([.. args, "--json"]);
            using var json = JsonDocument.Parse(output);
            return (exit, json.RootElement.Clone());
        }
    }
}
