using Dynamics.Mailchimp.Packer.Assembly;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Packer.Package;
using Dynamics.Mailchimp.Packer.Reading;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Tests;

public sealed class SolutionPackerTests
{
    [Fact]
    public void Pack_SameInputsTwice_ZipsAreByteIdentical()
    {
        // Arrange
        using var first = new TempFolder();
        using var second = new TempFolder();

        // Act
        var a = SolutionPacker.Pack(PackedRepository.Request(first.Path));
        var b = SolutionPacker.Pack(PackedRepository.Request(second.Path));

        // Assert
        Assert.Equal(File.ReadAllBytes(a.UnmanagedZip), File.ReadAllBytes(b.UnmanagedZip));
        Assert.Equal(File.ReadAllBytes(a.ManagedZip), File.ReadAllBytes(b.ManagedZip));
    }

    [Fact]
    public void Pack_UnmanagedAndManaged_DifferOnlyInTheManagedFlag()
    {
        // Arrange
        using var output = new TempFolder();

        // Act
        var result = SolutionPacker.Pack(PackedRepository.Request(output.Path));

        // Assert: the managed flag makes the two manifests differ, and nothing else does.
        var unmanaged = PackedSolution.Open(result.UnmanagedZip);
        var managed = PackedSolution.Open(result.ManagedZip);
        Assert.Equal(unmanaged.EntryNames, managed.EntryNames);
        Assert.NotEqual(unmanaged.Read("solution.xml"), managed.Read("solution.xml"));
        Assert.Equal(unmanaged.Read("customizations.xml"), managed.Read("customizations.xml"));
    }

    [Fact]
    public void Pack_FacadeAssemblyWithoutAllowFacade_RefusesAndSaysHowToBuildTheOfficialOne()
    {
        // Arrange
        using var output = new TempFolder();
        var request = PackedRepository.Request(output.Path, allowFacade: false);

        // Act
        var ex = Assert.Throws<FacadeAssemblyException>(() => SolutionPacker.Pack(request));

        // Assert
        Assert.Contains("Dynamics.Mailchimp.Xrm.Sdk.Facade", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-p:XrmSdk=Official", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-facade", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output.Path));
    }

    [Fact]
    public void Pack_OfficialSdkAssembly_PacksWithoutAllowFacade()
    {
        // Arrange: an assembly that references Microsoft.Xrm.Sdk and defines every plug-in type the steps name.
        using var output = new TempFolder();
        var types = LoadManifest().Steps.Select(s => s.Plugin).Distinct();
        var assembly = TestAssemblies.Write(output.Combine("Dynamics.Mailchimp.Plugins.dll"), SdkAssemblyNames.Official, types);

        // Act
        var result = SolutionPacker.Pack(PackedRepository.Request(output.Combine("out"), assembly, allowFacade: false));

        // Assert
        var packed = PackedSolution.Open(result.ManagedZip);
        Assert.Equal(File.ReadAllBytes(assembly), packed.Read("PluginAssemblies/Dynamics.Mailchimp.Plugins-D45B9276-BB8A-4678-AB2C-AF711E476710/Dynamics.Mailchimp.Plugins.dll"));
    }

    [Fact]
    public void Pack_AssemblyWithoutAStepsPluginType_ThrowsNamingTheType()
    {
        // Arrange
        using var output = new TempFolder();
        var types = LoadManifest().Steps.Select(s => s.Plugin).Distinct().Where(t => t != "Dynamics.Mailchimp.Plugins.ListDeletedPlugin");
        var assembly = TestAssemblies.Write(output.Combine("Dynamics.Mailchimp.Plugins.dll"), SdkAssemblyNames.Official, types);

        // Act
        var ex = Assert.Throws<PluginTypeMissingException>(() => SolutionPacker.Pack(PackedRepository.Request(output.Combine("out"), assembly, allowFacade: false)));

        // Assert
        Assert.Equal("Dynamics.Mailchimp.Plugins.ListDeletedPlugin", ex.TypeName);
    }

    [Fact]
    public void Pack_MissingAssembly_ThrowsPackSourceExceptionNamingTheFile()
    {
        // Arrange
        using var output = new TempFolder();
        var missing = output.Combine("nothing.dll");

        // Act
        var ex = Assert.Throws<PackSourceException>(() => SolutionPacker.Pack(PackedRepository.Request(output.Path, missing)));

        // Assert
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_VersionGiven_NamesBothZipsAndTheManifestWithIt()
    {
        // Arrange
        using var output = new TempFolder();

        // Act
        var result = SolutionPacker.Pack(PackedRepository.Request(output.Path, version: "1.2.3.4"));

        // Assert
        Assert.Equal("Dynamics.Mailchimp_1.2.3.4.zip", Path.GetFileName(result.UnmanagedZip));
        Assert.Equal("Dynamics.Mailchimp_1.2.3.4_managed.zip", Path.GetFileName(result.ManagedZip));
        Assert.Equal("1.2.3.4", PackedSolution.Open(result.ManagedZip).Solution.Root!.Element("SolutionManifest")!.Element("Version")!.Value);
    }

    [Fact]
    public void Pack_MessagesWithoutARecordedSdkMessageId_AreWarnedAboutByStep()
    {
        // Arrange
        using var output = new TempFolder();
        var unknown = LoadManifest().Steps.Where(s => SdkMessageIds.Find(s.Message) is null).ToList();

        // Act
        var result = SolutionPacker.Pack(PackedRepository.Request(output.Path));

        // Assert
        Assert.NotEmpty(unknown);
        Assert.Equal(unknown.Count, result.Warnings.Count);
        Assert.All(unknown, s => Assert.Contains(result.Warnings, w => w.Contains(s.Id.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public void Pack_EnvironmentVariableDefinitions_AreEntriesAndRootComponents()
    {
        // Arrange
        using var output = new TempFolder();
        var variables = EnvironmentVariableFiles.Load(RepositoryFiles.SolutionFolder);

        // Act
        var result = SolutionPacker.Pack(PackedRepository.Request(output.Path));

        // Assert: root component type 380 (Microsoft's solutioncomponent reference) by schema name, and the file as written.
        var packed = PackedSolution.Open(result.ManagedZip);
        var components = packed.Solution.Descendants("RootComponent").Where(c => (string?)c.Attribute("type") == "380").Select(c => (string?)c.Attribute("schemaName"));
        Assert.Equal(variables.Select(v => v.SchemaName), components);
        Assert.All(variables, v => Assert.Equal(v.Content, packed.Read(v.EntryPath)));
    }

    internal static PluginRegistrationManifest LoadManifest()
    {
        using var stream = File.OpenRead(RepositoryFiles.RegistrationFile);
        return PluginRegistrationManifest.Parse(stream, RepositoryFiles.RegistrationFile);
    }
}
