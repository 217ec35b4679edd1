using System.Xml.Linq;

namespace Dynamics.Mailchimp.Packer.Package;

/// <summary>
/// [Content_Types].xml: the Open Packaging Conventions part (ECMA-376 Part 2) naming a content type for each file
/// extension in the zip; exported solutions give every extension <c>application/octet-stream</c>.
/// </summary>
public static class ContentTypesXml
{
    /// <summary>The OPC content-types namespace.</summary>
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The document for the given entry names.</summary>
    /// <param name="entryNames">Every entry the zip holds besides [Content_Types].xml.</param>
    /// <returns>One Default per extension, ordered ordinally.</returns>
    public static XDocument Build(IEnumerable<string> entryNames)
    {
        var extensions = entryNames
            .Select(n => Path.GetExtension(n).TrimStart('.').ToLowerInvariant())
            .Where(e => e.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                Namespace + "Types",
                extensions.Select(e => new XElement(Namespace + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
    }
}
