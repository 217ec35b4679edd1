using Dynamics.Mailchimp.Packer.Package;

namespace Dynamics.Mailchimp.Packer.Tests.Package;

public sealed class ContentTypesXmlTests
{
    [Fact]
    public void Build_Entries_OneDefaultPerExtensionInOrdinalOrder()
    {
        // Arrange
        string[] entries = ["solution.xml", "customizations.xml", "PluginAssemblies/X-1/X.DLL"];

        // Act
        var document = ContentTypesXml.Build(entries);

        // Assert: OPC [Content_Types].xml (ECMA-376 Part 2), a Default per extension.
        var defaults = document.Root!.Elements(ContentTypesXml.Namespace + "Default").Select(d => (string)d.Attribute("Extension")!);
        Assert.Equal(ContentTypesXml.Namespace + "Types", document.Root.Name);
        Assert.Equal(["dll", "xml"], defaults);
    }
}
