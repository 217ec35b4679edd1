using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Package;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Packer.Tests.Package;

public sealed class EnvironmentVariableFilesTests
{
    private static readonly string[] TypesWeShip = ["100000000", "100000001", "100000002"];

    [Fact(DisplayName = "Load_SolutionSource_DefinitionsHaveTheExportedShape (source: microsoft/coe-starter-kit CenterofExcellenceCoreComponents/SolutionPackage/src/environmentvariabledefinitions/admin_isFullTenantInventory/environmentvariabledefinition.xml and …/admin_SyncFlowErrorsDeleteAfterXDays/…)")]
    public void Load_SolutionSource_DefinitionsHaveTheExportedShape()
    {
        // Arrange: exported definitions carry schemaname, displayname, description, iscustomizable, isrequired,
        // secretstore and type; a Boolean's default is "yes" or "no", a Number's a decimal string.
        var expected = new[] { "description", "displayname", "introducedversion", "iscustomizable", "isrequired", "secretstore", "type" };

        // Act
        var files = EnvironmentVariableFiles.Load(RepositoryFiles.SolutionFolder);

        // Assert
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var xml = XElement.Load(new MemoryStream(file.Content));
            Assert.Equal($"environmentvariabledefinitions/{file.SchemaName}/environmentvariabledefinition.xml", file.EntryPath);
            Assert.StartsWith("dmc_", file.SchemaName, StringComparison.Ordinal);
            Assert.All(expected, name => Assert.NotNull(xml.Element(name)));
            var type = (string)xml.Element("type")!;
            Assert.Contains(type, TypesWeShip);
            var value = (string?)xml.Element("defaultvalue");
            if (type == "100000002")
            {
                Assert.Contains(value, new[] { "yes", "no" });
            }
            else if (type == "100000001")
            {
                Assert.True(int.TryParse(value, out _), file.SchemaName);
            }
        });
        Assert.Equal(files.Select(f => f.SchemaName).Order(StringComparer.Ordinal), files.Select(f => f.SchemaName));
    }

    [Fact]
    public void Load_SecretDefinition_IsRefusedNamingIt()
    {
        // Arrange
        using var source = new TempFolder();
        Write(source, "dmc_ApiKey", "<environmentvariabledefinition schemaname=\"dmc_ApiKey\"><type>100000005</type></environmentvariabledefinition>");

        // Act
        var error = Assert.Throws<PackSourceException>(() => EnvironmentVariableFiles.Load(source.Path));

        // Assert
        Assert.Contains("dmc_ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CurrentValueFile_IsRefused()
    {
        // Arrange
        using var source = new TempFolder();
        var folder = Write(source, "dmc_Setting", "<environmentvariabledefinition schemaname=\"dmc_Setting\"><type>100000000</type></environmentvariabledefinition>");
        File.WriteAllText(Path.Combine(folder, EnvironmentVariableFiles.ValuesFileName), "{}");

        // Act
        var error = Assert.Throws<PackSourceException>(() => EnvironmentVariableFiles.Load(source.Path));

        // Assert
        Assert.Contains(EnvironmentVariableFiles.ValuesFileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SchemaNameOtherThanTheFolder_IsRefused()
    {
        // Arrange
        using var source = new TempFolder();
        Write(source, "dmc_Folder", "<environmentvariabledefinition schemaname=\"dmc_Other\"><type>100000000</type></environmentvariabledefinition>");

        // Act
        var error = Assert.Throws<PackSourceException>(() => EnvironmentVariableFiles.Load(source.Path));

        // Assert
        Assert.Contains("dmc_Folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFolder_GivesNone()
    {
        // Arrange
        using var source = new TempFolder();

        // Act
        var files = EnvironmentVariableFiles.Load(source.Path);

        // Assert
        Assert.Empty(files);
    }

    private static string Write(TempFolder source, string schemaName, string xml)
    {
        var folder = Path.Combine(source.Path, EnvironmentVariableFiles.Folder, schemaName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, EnvironmentVariableFiles.FileName), xml);
        return folder;
    }
}
