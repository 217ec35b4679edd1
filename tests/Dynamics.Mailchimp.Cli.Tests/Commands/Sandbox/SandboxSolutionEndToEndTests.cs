using System.IO.Compression;
using Dynamics.Mailchimp.Cli.Commands.Sandbox;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Sandbox;

/// <summary>
/// Issue #11 "Show": the packed zip (the real packer, facade build with --allow-facade) imported into the Dataverse
/// sandbox, then CRM-side changes over the Web API queued by the real plug-ins as the zip registers them, and a full
/// <c>dmc sync</c> against it; a step removed from the zip queues nothing, so the package, not the source, drives the plug-ins.
/// </summary>
public sealed class SandboxSolutionEndToEndTests : IClassFixture<PackedRepository>, IDisposable
{
    private const string NewEmail = "yvonne@mckay-consulting.com";
    private static readonly PluginStepRegistration ContactUpdate = PluginRegistrationManifest.Load().Steps.Single(s => s is { Message: "Update", Entity: "contact" });
    private readonly PackedRepository _packed;
    private readonly TempFolder _folder = new();

    public SandboxSolutionEndToEndTests(PackedRepository packed) => _packed = packed;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sync_SandboxFromThePackedZip_PushesTheChangesTheZipsStepsQueued()
    {
        // Arrange: the sandbox built from the managed zip, seeded, and its first sync (the seeded list's two contacts).
        await using var sandboxes = await PullSandboxes.StartAsync(new DataverseSandboxOptions { Solution = _packed.Result.ManagedZip });
        var seed = sandboxes.Seed;
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("sync")).Exit);
        var rowsBefore = sandboxes.QueueRows().Count;

        // Act: a CRM user changes Yvonne's address and adds Nancy to the synced list over the Web API, then the job syncs.
        await sandboxes.UpdateContactAsync(seed.ContactIds[0], new Dictionary<string, object> { ["emailaddress1"] = NewEmail });
        await sandboxes.AddToListAsync(seed.ListId, seed.ContactIds[2]);
        var queued = sandboxes.QueueRows().Count - rowsBefore;
        var (exit, json) = await sandboxes.RunJsonAsync("sync");

        // Assert: both changes were queued by steps the zip registered, and Mailchimp has the new address and Nancy.
        Assert.Equal(2, queued);
        var registered = sandboxes.Dataverse.ImportedSolution!.Registrations.Steps.Select(s => s.Id).ToHashSet();
        Assert.All(sandboxes.Dataverse.Organization.PluginExecutions, e => Assert.Contains(e.StepId, registered));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(0, json.GetProperty("failed").GetInt32());
        var members = await sandboxes.MembersAsync();
        Assert.Equal("subscribed", members[NewEmail]);
        Assert.Equal("subscribed", members["susanna.stubberod@contoso-coffee.com"]);
        Assert.Equal("subscribed", members["nancy.anderson@contoso-coffee.com"]);
        Assert.False(members.ContainsKey("yvonne.mckay@contoso-coffee.com"));
    }

    [Fact]
    public async Task Sync_ZipWithoutTheContactUpdateStep_AddressChangeIsNotQueuedNorPushed()
    {
        // Arrange: the same zip without the contact Update step.
        var zip = EditedZip.Write(_packed.Result.ManagedZip, _folder.Combine("without-contact-update.zip"), EditedZip.WithoutStep(ContactUpdate.Id));
        await using var sandboxes = await PullSandboxes.StartAsync(new DataverseSandboxOptions { Solution = zip });
        Assert.Equal(ExitCodes.Success, (await sandboxes.RunJsonAsync("sync")).Exit);
        var rowsBefore = sandboxes.QueueRows().Count;

        // Act
        await sandboxes.UpdateContactAsync(sandboxes.Seed.ContactIds[0], new Dictionary<string, object> { ["emailaddress1"] = NewEmail });
        var (exit, _) = await sandboxes.RunJsonAsync("sync");

        // Assert
        Assert.Equal(rowsBefore, sandboxes.QueueRows().Count);
        Assert.Equal(ExitCodes.Success, exit);
        var members = await sandboxes.MembersAsync();
        Assert.Equal("subscribed", members["yvonne.mckay@contoso-coffee.com"]);
        Assert.False(members.ContainsKey(NewEmail));
    }

    [Fact]
    public async Task Sync_SandboxFromThePackedZip_ReadsTheZipsEnvironmentVariables()
    {
        // Arrange: a copy of the zip without one definition; the organization built from it holds the zip's definitions.
        var zip = _folder.Combine("without-reconcile-interval.zip");
        File.Copy(_packed.Result.ManagedZip, zip);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            archive.GetEntry($"{EnvironmentVariableCatalog.Folder}/dmc_ReconcileIntervalDays/{EnvironmentVariableCatalog.FileName}")!.Delete();
        }

        await using var sandboxes = await PullSandboxes.StartAsync(new DataverseSandboxOptions { Solution = zip });

        // Act
        var (exit, _) = await sandboxes.RunJsonAsync("sync");

        // Assert: the packed definitions but the removed one are there, and the job read them in its one start-up query.
        Assert.Equal(ExitCodes.Success, exit);
        var expected = EnvironmentVariableCatalog.FromSolution().Select(d => d.SchemaName).Where(n => n != "dmc_ReconcileIntervalDays");
        Assert.Equal(expected, sandboxes.Dataverse.Organization.Rows(EnvironmentVariableNames.DefinitionTable).Select(r => r.GetAttributeValue<string>(EnvironmentVariableNames.SchemaName)).Order(StringComparer.Ordinal));
        Assert.Single(sandboxes.Dataverse.Requests, r => r.Path.EndsWith(EnvironmentVariableNames.DefinitionSet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sandbox_SolutionZipWithStepsWithoutMessageId_ListsEachUnregisteredStep()
    {
        // Arrange
        await using var sandboxes = await PullSandboxes.StartAsync(new DataverseSandboxOptions { Solution = _packed.Result.ManagedZip });

        // Act
        var lines = SandboxSolutionLines.For(sandboxes.Dataverse.ImportedSolution).ToList();

        // Assert: the steps the packer writes without SdkMessageId (it warns for each) are listed by name.
        Assert.StartsWith(SandboxSolutionLines.SolutionLabel + " DynamicsMailchimp ", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            _packed.Result.Warnings.Count,
            lines.Count(l => l.StartsWith(SandboxSolutionLines.UnregisteredLabel, StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("queue list RemoveMember", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sandbox_CorruptSolutionZip_ExitsWithConfigurationErrorNamingTheZip()
    {
        // Arrange
        var zip = _folder.Combine("corrupt.zip");
        await File.WriteAllTextAsync(zip, "not a zip");
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await DmcCli.CreateRoot(console).Parse(["sandbox", "--solution", zip]).InvokeAsync();

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains($"The solution zip '{zip}' cannot be read: the file is not a zip archive", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxBanner.DataverseLabel, output.ToString(), StringComparison.Ordinal);
    }
}
