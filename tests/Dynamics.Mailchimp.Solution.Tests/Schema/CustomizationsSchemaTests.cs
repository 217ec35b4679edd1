using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>
/// Every Entity.xml in solution/src must validate against Microsoft's published customization schema
/// (CustomizationsSolution.xsd, Dataverse 9.0.0.2090) once placed where customizations.xml holds it.
/// </summary>
public sealed class CustomizationsSchemaTests
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    public static TheoryData<string> EntityFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SolutionEntities, "Entity.xml", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntityFiles))]
    public void EntityXml_InsideImportExportXml_ValidatesAgainstCustomizationsXsd(string relativePath)
    {
        // Arrange
        var entity = XElement.Load(Path.Combine(RepositoryPaths.Root, relativePath));
        entity.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        var document = new XDocument(new XElement("ImportExportXml", new XElement("Entities", entity)));

        // Act
        var errors = Validate(document);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Validate_UnknownElement_IsReported()
    {
        // Arrange: the check must be able to fail.
        var document = new XDocument(new XElement("ImportExportXml", new XElement("Entities", new XElement("Entity", new XElement("Bogus")))));

        // Act
        var errors = Validate(document);

        // Assert
        Assert.NotEmpty(errors);
    }

    private static List<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var path = Path.Combine(RepositoryPaths.CustomizationSchemas, "CustomizationsSolution.xsd");
        using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
