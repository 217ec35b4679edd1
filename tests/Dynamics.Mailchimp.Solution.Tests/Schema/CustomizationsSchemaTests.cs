using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

/// <summary>
/// Every Entity.xml in solution/src must validate against Microsoft's published customization schema
/// (CustomizationsSolution.xsd, Dataverse 9.0.0.2090) once placed where customizations.xml holds it.
/// </summary>
public sealed class CustomizationsSchemaTests
{
    private static readonly Lazy<CustomizationsSchema> Schemas = new(() => CustomizationsSchema.Load(Path.Combine(RepositoryPaths.CustomizationSchemas, "CustomizationsSolution.xsd")));

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

    private static IReadOnlyList<string> Validate(XDocument document) => Schemas.Value.Validate(document);
}
