using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Packer.Package;
using Dynamics.Mailchimp.Packer.Reading;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Tests.Reading;

/// <summary>Pack the repository, unpack the zip, and compare every part with its source.</summary>
public sealed class PackedRoundTripTests : IClassFixture<PackedRepository>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly PackedRepository packed;

    public PackedRoundTripTests(PackedRepository packed) => this.packed = packed;

    [Fact]
    public void Unpack_Entities_EqualTheSourceEntityXmlFiles()
    {
        // Arrange
        var sources = Directory.EnumerateFiles(RepositoryFiles.SolutionFolder, "Entity.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Normalize(XElement.Load(f)))
            .ToList();

        // Act: views and forms come from their own files (next test).
        var entities = packed.Unmanaged.Customizations.Root!.Element("Entities")!.Elements("Entity").Select(Normalize).ToList();
        entities.ForEach(e => e.Elements().Where(c => c.Name == "FormXml" || c.Name == "SavedQueries").Remove());

        // Assert
        Assert.Equal(sources.Count, entities.Count);
        Assert.All(sources.Zip(entities), p => Assert.True(XNode.DeepEquals(p.First, p.Second), "Entity differs: " + p.First.Element("Name")?.Value));
    }

    [Fact]
    public void Unpack_ViewsAndForms_EqualTheSourceFiles()
    {
        // Arrange
        var entitiesFolder = Path.Combine(RepositoryFiles.SolutionFolder, "Entities");
        var sources = Directory.EnumerateFiles(entitiesFolder, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "Entity.xml")
            .Select(f => Normalize(XElement.Load(f)).Elements().Single())
            .ToDictionary(e => Guid.Parse((string)(e.Element("savedqueryid") ?? e.Element("formid"))!));

        // Act
        var packedItems = packed.Unmanaged.Customizations.Descendants().Where(e => e.Name == "savedquery" || e.Name == "systemform")
            .Select(Normalize)
            .ToDictionary(e => Guid.Parse((string)(e.Element("savedqueryid") ?? e.Element("formid"))!));

        // Assert
        Assert.Equal(sources.Keys.Order(), packedItems.Keys.Order());
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(XNode.DeepEquals(s.Value, packedItems[s.Key]), "Differs: " + s.Key));
    }

    [Fact]
    public void Unpack_Steps_EqualPluginRegistration()
    {
        // Arrange: a message without a recorded SdkMessageId is packed without one, so it reads back empty.
        var expected = SolutionPackerTests.LoadManifest().Steps
            .Select(s => SdkMessageIds.Find(s.Message) is null ? s with { Message = string.Empty } : s);

        // Act
        var steps = PackedStepReader.Read(packed.Managed.Customizations);

        // Assert
        Assert.Equal(expected.Select(s => JsonSerializer.Serialize(s, Json)), steps.Select(s => JsonSerializer.Serialize(s, Json)));
    }

    [Fact]
    public void Unpack_AssemblyEntry_IsTheBuiltAssemblyAtTheFileNameCustomizationsNames()
    {
        // Arrange
        var fileName = packed.Unmanaged.Customizations.Root!.Element("SolutionPluginAssemblies")!.Element("PluginAssembly")!.Element("FileName")!.Value;

        // Act
        var bytes = packed.Unmanaged.Read(fileName.TrimStart('/'));

        // Assert
        Assert.Equal(File.ReadAllBytes(RepositoryFiles.FacadePluginAssembly), bytes);
    }

    [Fact]
    public void Unpack_PluginTypes_OnePerTypeTheStepsNameWithTheStepsTypeIds()
    {
        // Arrange
        var customizations = packed.Unmanaged.Customizations.Root!;

        // Act
        var typeIds = customizations.Descendants("PluginType").ToDictionary(t => (string)t.Attribute("Name")!, t => (string)t.Attribute("PluginTypeId")!);
        var stepTypes = customizations.Descendants("SdkMessageProcessingStep")
            .Select(s => (Name: s.Element("PluginTypeName")!.Value.Split(',')[0], Id: s.Element("PluginTypeId")!.Value));

        // Assert
        Assert.Equal(SolutionPackerTests.LoadManifest().Steps.Select(s => s.Plugin).Distinct().Order(), typeIds.Keys.Order());
        Assert.All(stepTypes, s => Assert.Equal(typeIds[s.Name], s.Id));
    }

    [Fact]
    public void Unpack_SolutionXml_CarriesVersionManagedFlagPublisherAndRootComponents()
    {
        // Arrange
        var source = XDocument.Load(Path.Combine(RepositoryFiles.SolutionFolder, "Other", "Solution.xml")).Root!.Element("SolutionManifest")!;
        var manifest = SolutionPackerTests.LoadManifest();

        // Act
        var unmanaged = packed.Unmanaged.Solution.Root!.Element("SolutionManifest")!;
        var managed = packed.Managed.Solution.Root!.Element("SolutionManifest")!;

        // Assert
        Assert.Equal("0", unmanaged.Element("Managed")!.Value);
        Assert.Equal("1", managed.Element("Managed")!.Value);
        Assert.Equal(source.Element("Version")!.Value, managed.Element("Version")!.Value);
        Assert.True(XNode.DeepEquals(source.Element("Publisher"), managed.Element("Publisher")));
        var components = managed.Element("RootComponents")!.Elements().Select(c => ((string)c.Attribute("type")!, (string?)c.Attribute("id"))).ToList();
        Assert.Contains(("91", "{" + manifest.Assembly.Id + "}"), components);
        Assert.All(manifest.Steps, s => Assert.Contains(("92", "{" + s.Id + "}"), components));
        Assert.Equal(11, components.Count(c => c.Item1 == "1"));
    }

    [Fact]
    public void Unpack_Entries_InFixedOrderWithTheFixedTimestamp()
    {
        // Arrange
        using var zip = System.IO.Compression.ZipFile.OpenRead(packed.Result.UnmanagedZip);

        // Act
        var names = zip.Entries.Select(e => e.FullName).ToList();

        // Assert
        Assert.Equal(["[Content_Types].xml", "solution.xml", "customizations.xml", "PluginAssemblies/Dynamics.Mailchimp.Plugins-D45B9276-BB8A-4678-AB2C-AF711E476710/Dynamics.Mailchimp.Plugins.dll"], names.Take(4));
        Assert.Equal(EnvironmentVariableFiles.Load(RepositoryFiles.SolutionFolder).Select(v => v.EntryPath), names.Skip(4));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    internal static XElement Normalize(XElement entity)
    {
        var copy = new XElement(entity);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        copy.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return copy;
    }
}
