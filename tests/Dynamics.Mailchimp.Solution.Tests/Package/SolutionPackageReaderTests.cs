using System.IO.Compression;
using System.Text;
using Dynamics.Mailchimp.Solution.Package;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Solution.Tests.Package;

/// <summary>
/// Reading a solution zip in the import format (solution.xml, customizations.xml, the assembly at its FileName;
/// /work/shared/reference/dataverse.md §5): what it carries, and a clear refusal naming each part it cannot read.
/// </summary>
public sealed class SolutionPackageReaderTests
{
    private const string AssemblyFile = "PluginAssemblies/Contoso.Plugins-0A1B/Contoso.Plugins.dll";
    private const string AssemblyFullName = "Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef";
    private const string Create = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
    private static readonly Guid StepId = new("1f4c8a9e-0000-4000-8000-000000000001");
    private static readonly Guid NoMessageStepId = new("1f4c8a9e-0000-4000-8000-000000000002");

    private const string Manifest = "<ImportExportXml><SolutionManifest><UniqueName>Contoso</UniqueName><Version>1.2.3.4</Version><Managed>1</Managed></SolutionManifest></ImportExportXml>";

    private const string Table = "<Entity><Name>dmc_thing</Name><EntityInfo><entity Name=\"dmc_thing\"><EntitySetName>dmc_things</EntitySetName><attributes>"
        + "<attribute PhysicalName=\"dmc_thingid\"><Type>primarykey</Type><LogicalName>dmc_thingid</LogicalName></attribute>"
        + "<attribute PhysicalName=\"dmc_name\"><Type>nvarchar</Type><LogicalName>dmc_name</LogicalName><MaxLength>100</MaxLength></attribute>"
        + "</attributes></entity></EntityInfo></Entity>";

    private static readonly string Assembly = $"<SolutionPluginAssemblies><PluginAssembly FullName=\"{AssemblyFullName}\" PluginAssemblyId=\"0a1b0000-0000-4000-8000-000000000000\">"
        + $"<IsolationMode>2</IsolationMode><SourceType>0</SourceType><FileName>/{AssemblyFile}</FileName>"
        + $"<PluginTypes><PluginType AssemblyQualifiedName=\"Contoso.Plugins.ThingPlugin, {AssemblyFullName}\" PluginTypeId=\"0a1b0000-0000-4000-8000-000000000001\" Name=\"Contoso.Plugins.ThingPlugin\" /></PluginTypes>"
        + "</PluginAssembly></SolutionPluginAssemblies>";

    [Fact]
    public void Read_Package_ReadsManifestTablesAssemblyTypesAndSteps()
    {
        // Arrange
        using var zip = Zip(Customizations(Step(StepId, "40", $"<SdkMessageId>{Create}</SdkMessageId>") + Step(NoMessageStepId, "40", string.Empty)));

        // Act
        var package = SolutionPackageReader.Read(zip, "contoso.zip");

        // Assert
        Assert.Equal(("Contoso", "1.2.3.4", true), (package.UniqueName, package.Version, package.Managed));
        Assert.Equal(100, package.Tables.GetTable("dmc_thing").Columns["dmc_name"].MaxLength);
        Assert.Equal(new PluginAssemblyRegistration("Contoso.Plugins", new Guid("0a1b0000-0000-4000-8000-000000000000"), "Sandbox", "Database"), package.Assembly);
        Assert.Equal(["Contoso.Plugins.ThingPlugin"], package.PluginTypes);
        var step = package.Steps[0];
        Assert.Equal(("Create", "dmc_thing", "Contoso.Plugins.ThingPlugin", PluginStage.PostOperation), (step.Registration.Message, step.Registration.Entity, step.Registration.Plugin, step.Registration.Stage));
        Assert.Equal(["dmc_name"], step.Registration.Images.Single().Attributes);
        Assert.Equal((string.Empty, (Guid?)null), (package.Steps[1].Registration.Message, package.Steps[1].SdkMessageId));
    }

    [Fact]
    public void Read_NotAZip_ThrowsNamingTheFile()
    {
        // Arrange
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not a zip"));

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(stream, "broken.zip"));

        // Assert
        Assert.Equal("the file", error.Part);
        Assert.StartsWith("The solution zip 'broken.zip' cannot be read: the file is not a zip archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCustomizations_ThrowsNamingTheEntry()
    {
        // Arrange
        using var zip = Zip(customizations: null);

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(zip, "contoso.zip"));

        // Assert
        Assert.Equal(PackageEntries.Customizations, error.Part);
        Assert.Contains("customizations.xml is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CustomizationsNotWellFormed_ThrowsNamingTheEntry()
    {
        // Arrange
        using var zip = Zip("<ImportExportXml><Entities>");

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(zip, "contoso.zip"));

        // Assert
        Assert.Equal(PackageEntries.Customizations, error.Part);
        Assert.Contains("is not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AssemblyFileMissing_ThrowsNamingTheFile()
    {
        // Arrange
        using var zip = Zip(Customizations(string.Empty), withAssemblyFile: false);

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(zip, "contoso.zip"));

        // Assert
        Assert.Equal(AssemblyFile, error.Part);
    }

    [Fact]
    public void Read_StepOnAnUndefinedStage_ThrowsNamingTheStep()
    {
        // Arrange: stages are 10, 20 and 40 (the numbers Dataverse stores).
        using var zip = Zip(Customizations(Step(StepId, "41", $"<SdkMessageId>{Create}</SdkMessageId>")));

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(zip, "contoso.zip"));

        // Assert
        Assert.Contains($"step 'Thing step' ({StepId}) has Stage 41", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TableWithAColumnTypeNotRead_ThrowsNamingTheTable()
    {
        // Arrange
        using var zip = Zip(Customizations(string.Empty).Replace("<Type>nvarchar</Type>", "<Type>image</Type>", StringComparison.Ordinal));

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionPackageReader.Read(zip, "contoso.zip"));

        // Assert
        Assert.Equal("customizations.xml table 'dmc_thing'", error.Part);
        Assert.Contains("dmc_name", error.Message, StringComparison.Ordinal);
    }

    private static string Customizations(string steps) =>
        $"<ImportExportXml><Entities>{Table}</Entities>{Assembly}<SdkMessageProcessingSteps>{steps}</SdkMessageProcessingSteps></ImportExportXml>";

    private static string Step(Guid id, string stage, string messageId) =>
        $"<SdkMessageProcessingStep Name=\"Thing step\" SdkMessageProcessingStepId=\"{{{id}}}\">"
        + $"<PluginTypeName>Contoso.Plugins.ThingPlugin, {AssemblyFullName}</PluginTypeName><PrimaryEntity>dmc_thing</PrimaryEntity>"
        + $"<Mode>0</Mode><Rank>1</Rank>{messageId}<Stage>{stage}</Stage><SdkMessageProcessingStepImages>"
        + "<SdkMessageProcessingStepImage Name=\"PostImage\"><SdkMessageProcessingStepImageId>0a1b0000-0000-4000-8000-000000000009</SdkMessageProcessingStepImageId>"
        + "<Attributes>dmc_name</Attributes><EntityAlias>PostImage</EntityAlias><ImageType>1</ImageType></SdkMessageProcessingStepImage>"
        + "</SdkMessageProcessingStepImages></SdkMessageProcessingStep>";

    private static MemoryStream Zip(string? customizations, bool withAssemblyFile = true)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, PackageEntries.Solution, Manifest);
            if (customizations is not null)
            {
                Add(zip, PackageEntries.Customizations, customizations);
            }

            if (withAssemblyFile)
            {
                Add(zip, AssemblyFile, "MZ");
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(content);
    }
}
