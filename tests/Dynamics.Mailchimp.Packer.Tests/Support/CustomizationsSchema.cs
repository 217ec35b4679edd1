using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Dynamics.Mailchimp.Packer.Tests.Support;

/// <summary>
/// Validates with .NET's XmlSchemaSet against Microsoft's CustomizationsSolution.xsd (Dataverse 9.0.0.2090); the schema
/// uses .NET regex syntax that libxml2 rejects (/work/shared/reference/dataverse.md §7).
/// </summary>
internal static class CustomizationsSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static List<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(RepositoryFiles.CustomizationsXsd, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
