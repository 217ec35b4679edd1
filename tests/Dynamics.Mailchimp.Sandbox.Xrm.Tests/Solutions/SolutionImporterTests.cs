using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Solutions;
using Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;
using Dynamics.Mailchimp.Solution.Package;
using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Solutions;

/// <summary>
/// The zip the packer packs (facade build, <c>--allow-facade</c>) imported into the in-memory organization: the same tables,
/// columns and steps as the source, and the zip, not the source, decides which steps run.
/// </summary>
public sealed class SolutionImporterTests : IClassFixture<PackedRepository>, IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly PluginRegistrationManifest Source = PluginRegistrationManifest.Load();
    private readonly PackedRepository _packed;
    private readonly TempFolder _folder = new();

    public SolutionImporterTests(PackedRepository packed) => _packed = packed;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Import_PackedZip_TablesAndColumnsEqualTheSource()
    {
        // Arrange
        var zip = _packed.Result.ManagedZip;

        // Act
        var imported = SolutionImporter.Import(zip);

        // Assert: the zip's own tables equal solution/src, and the organization equals the one built from the source.
        Assert.Equal(Describe(SchemaCatalog.FromSolution()), Describe(imported.Package.Tables));
        Assert.Equal(Describe(OrganizationSchema.Default()), Describe(imported.Schema));
    }

    [Fact]
    public void Import_PackedZip_RegistersEveryStepOfPluginRegistrationThatCarriesAMessageId()
    {
        // Arrange: the packer writes no SdkMessageId for a message no recorded source gives the id of (SdkMessageIds).
        var withId = Source.Steps.Where(s => SdkMessageIds.Find(s.Message) is not null).ToList();
        var withoutId = Source.Steps.Where(s => SdkMessageIds.Find(s.Message) is null).Select(s => s.Id).ToList();

        // Act
        var imported = SolutionImporter.Import(_packed.Result.ManagedZip);

        // Assert
        Assert.Equal(Source.Assembly, imported.Registrations.Assembly);
        Assert.Equal(withId.Select(s => JsonSerializer.Serialize(s, Json)), imported.Registrations.Steps.Select(s => JsonSerializer.Serialize(s, Json)));
        Assert.NotEmpty(withoutId);
        Assert.Equal(withoutId, imported.Unregistered.Select(u => u.Step.Id));
        Assert.All(imported.Unregistered, u => Assert.Contains("SdkMessageId", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ZipWithoutTheContactUpdateStep_ContactUpdateRunsNoPlugin()
    {
        // Arrange
        var step = Source.Steps.Single(s => s is { Message: "Update", Entity: "contact" });
        var edited = EditedZip.Write(_packed.Result.ManagedZip, _folder.Combine("edited.zip"), EditedZip.WithoutStep(step.Id));
        var full = SolutionImporter.Import(_packed.Result.ManagedZip).CreateOrganization();
        var withoutStep = SolutionImporter.Import(edited).CreateOrganization();

        // Act
        var ranInFull = UpdateContactSteps(full);
        var ranWithoutStep = UpdateContactSteps(withoutStep);

        // Assert
        Assert.Equal([step.Id], ranInFull);
        Assert.Empty(ranWithoutStep);
    }

    [Fact]
    public void Import_CorruptZip_ThrowsNamingTheFile()
    {
        // Arrange
        var zip = _folder.Combine("corrupt.zip");
        File.WriteAllBytes(zip, [0x50, 0x4B, 0x03, 0x04, 0xDE, 0xAD, 0xBE, 0xEF]);

        // Act
        var error = Assert.Throws<SolutionPackageException>(() => SolutionImporter.Import(zip));

        // Assert
        Assert.Equal("the file", error.Part);
        Assert.Contains("corrupt.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not a zip archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StepNamingATypeTheSandboxBuildLacks_ThrowsNamingTheStep()
    {
        // Arrange: the type is listed in the zip, but the net10.0 plug-in build the sandbox runs does not define it.
        var step = Source.Steps[0];
        var zip = EditedZip.Write(_packed.Result.ManagedZip, _folder.Combine("unknown-type.zip"), document => RenameType(document, step.Plugin, "Dynamics.Mailchimp.Plugins.GonePlugin"));

        // Act
        var error = Assert.Throws<SolutionImportException>(() => SolutionImporter.Import(zip));

        // Assert
        Assert.Contains(step.Id.ToString(), error.Part, StringComparison.Ordinal);
        Assert.Contains("Dynamics.Mailchimp.Plugins.GonePlugin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StepWithAnUnknownMessageId_ThrowsNamingTheStep()
    {
        // Arrange: an id no message has fails a Dataverse import (/work/shared/reference/dataverse.md §7).
        var step = Source.Steps[0];
        var zip = EditedZip.Write(_packed.Result.ManagedZip, _folder.Combine("unknown-message.zip"), document => StepElement(document, step.Id).Element("SdkMessageId")!.Value = Guid.Empty.ToString());

        // Act
        var error = Assert.Throws<SolutionImportException>(() => SolutionImporter.Import(zip));

        // Assert
        Assert.Contains(step.Id.ToString(), error.Part, StringComparison.Ordinal);
        Assert.Contains("SdkMessageId", error.Message, StringComparison.Ordinal);
    }

    private static List<Guid> UpdateContactSteps(InMemoryOrganization organization)
    {
        var service = organization.CreateService();
        var id = service.Create(new Entity("contact") { ["lastname"] = "Lovelace", ["emailaddress1"] = "ada@example.com" });
        organization.ClearPluginExecutions();
        service.Update(new Entity("contact", id) { ["emailaddress1"] = "ada.lovelace@example.com" });
        return organization.PluginExecutions.Where(e => e.Message == "Update").Select(e => e.StepId).ToList();
    }

    private static XElement StepElement(XDocument document, Guid id) =>
        document.Root!.Element(CustomizationNames.Steps)!.Elements(CustomizationNames.Step).Single(s => Guid.Parse((string)s.Attribute(CustomizationNames.StepId)!) == id);

    private static void RenameType(XDocument document, string from, string to)
    {
        foreach (var type in document.Descendants(CustomizationNames.PluginType).Where(t => (string?)t.Attribute("Name") == from))
        {
            type.SetAttributeValue("Name", to);
        }

        foreach (var name in document.Descendants("PluginTypeName").Where(n => n.Value.StartsWith(from + ",", StringComparison.Ordinal)))
        {
            name.Value = to + name.Value[from.Length..];
        }
    }

    private static List<string> Describe(SchemaCatalog schema) =>
        schema.Tables.Values.OrderBy(t => t.LogicalName, StringComparer.Ordinal)
            .Select(t => JsonSerializer.Serialize(
                new
                {
                    t.LogicalName,
                    t.EntitySetName,
                    t.ObjectTypeCode,
                    t.PrimaryIdAttribute,
                    t.PrimaryNameAttribute,
                    t.IsActivity,
                    t.Keys,
                    Columns = t.Columns.Values.OrderBy(c => c.LogicalName, StringComparer.Ordinal),
                },
                Json))
            .ToList();
}
