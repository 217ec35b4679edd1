using System.IO.Compression;
using System.Text;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Solution.Tests.Settings;

/// <summary>The environment variable definitions of solution/src: embedded as on disk, read from a zip at the same path.</summary>
public sealed class EnvironmentVariableCatalogTests
{
    private static string DefinitionsFolder => Path.Combine(RepositoryPaths.Root, "solution", "src", EnvironmentVariableCatalog.Folder);

    [Fact]
    public void FromSolution_EmbeddedDefinitions_EqualTheFolderOnDisk()
    {
        // Arrange
        var onDisk = Directory.EnumerateDirectories(DefinitionsFolder).Order(StringComparer.Ordinal).Select(folder =>
        {
            using var stream = File.OpenRead(Path.Combine(folder, EnvironmentVariableCatalog.FileName));
            return EnvironmentVariableCatalog.Read(stream, folder);
        }).ToList();

        // Act
        var embedded = EnvironmentVariableCatalog.FromSolution();

        // Assert
        Assert.Equal(onDisk, embedded);
        Assert.Equal(onDisk.Select(d => d.SchemaName).Order(StringComparer.Ordinal), embedded.Select(d => d.SchemaName));
    }

    [Fact]
    public void FromSolution_ReconcileInterval_IsANumberDefaultingToSevenDays()
    {
        // Act
        var definition = EnvironmentVariableCatalog.FromSolution().Single(d => d.SchemaName == "dmc_ReconcileIntervalDays");

        // Assert: issue #12's scheduled reconcile, weekly unless the organization says otherwise.
        Assert.Equal(EnvironmentVariableTypes.Number, definition.Type);
        Assert.Equal("7", definition.DefaultValue);
    }

    [Fact]
    public void FromZip_DefinitionsAtThePackedPath_AreRead()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(zip, "environmentvariabledefinitions/x_B/environmentvariabledefinition.xml", "<environmentvariabledefinition schemaname=\"x_B\"><type>100000002</type><defaultvalue>no</defaultvalue></environmentvariabledefinition>");
            Write(zip, "environmentvariabledefinitions/x_A/environmentvariabledefinition.xml", "<environmentvariabledefinition schemaname=\"x_A\"><type>100000000</type></environmentvariabledefinition>");
            Write(zip, "customizations.xml", "<ImportExportXml />");
        }

        try
        {
            // Act
            var definitions = EnvironmentVariableCatalog.FromZip(path);

            // Assert
            Assert.Equal([new("x_A", EnvironmentVariableTypes.String, null), new EnvironmentVariableDefinition("x_B", EnvironmentVariableTypes.Boolean, "no")], definitions);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("<environmentvariabledefinition><type>100000000</type></environmentvariabledefinition>", "schemaname")]
    [InlineData("<environmentvariabledefinition schemaname=\"x_A\"><type>text</type></environmentvariabledefinition>", "numeric type")]
    [InlineData("<environmentvariabledefinition", "well-formed")]
    public void Read_MalformedDefinition_ThrowsNamingTheSource(string xml, string problem)
    {
        // Arrange
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        // Act
        var error = Assert.Throws<EnvironmentVariableSourceException>(() => EnvironmentVariableCatalog.Read(stream, "x_A/environmentvariabledefinition.xml"));

        // Assert
        Assert.Contains("x_A/environmentvariabledefinition.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
