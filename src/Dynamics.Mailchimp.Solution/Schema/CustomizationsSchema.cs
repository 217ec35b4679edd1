using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>
/// Microsoft's customization schema (<c>CustomizationsSolution.xsd</c> and the files it includes), loaded with .NET's
/// <see cref="XmlSchemaSet"/>: the schema uses .NET regular-expression syntax that other validators reject. The XSDs are
/// not shipped with the connector; tests load them from the repository's <c>shared/schemas</c> copy.
/// </summary>
public sealed class CustomizationsSchema
{
    private readonly XmlSchemaSet _schemas;

    private CustomizationsSchema(XmlSchemaSet schemas) => _schemas = schemas;

    /// <summary>Loads and compiles the schema.</summary>
    /// <param name="xsdPath">The path of <c>CustomizationsSolution.xsd</c>; the schemas it includes sit beside it.</param>
    /// <returns>The compiled schema.</returns>
    public static CustomizationsSchema Load(string xsdPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(xsdPath);
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var reader = XmlReader.Create(xsdPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return new CustomizationsSchema(set);
    }

    /// <summary>Validates a <c>customizations.xml</c> (or an <c>ImportExportXml</c> fragment built like one).</summary>
    /// <param name="document">The document.</param>
    /// <returns>Every error and warning, as "Severity: message"; empty when valid.</returns>
    public IReadOnlyList<string> Validate(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        document.Validate(_schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
