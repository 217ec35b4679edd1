using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// Adds a table's views and forms from the unpacked layout to its packed Entity element: <c>SavedQueries/{id}.xml</c>
/// (a <c>savedqueries</c> root with one <c>savedquery</c>) become <c>SavedQueries/savedqueries/savedquery</c>, and
/// <c>FormXml/&lt;type&gt;/{id}.xml</c> (a <c>forms</c> root with one <c>systemform</c>) become <c>FormXml/forms
/// type="&lt;type&gt;"/systemform</c>, as <c>CustomizationsSolution.xsd</c> declares them and as Microsoft's pack tools lay
/// them out (for example microsoft/coe-starter-kit, CenterofExcellenceCoreComponents/SolutionPackage/src/Entities/admin_Flow/
/// SavedQueries and FormXml/main). Files are read in ordinal order, and each file must be named after the id it carries,
/// so ids stay stable and visible in the tree.
/// </summary>
public static class EntityUiXml
{
    /// <summary>The views folder of a table.</summary>
    public const string SavedQueriesFolder = "SavedQueries";

    /// <summary>The forms folder of a table; one subfolder per form type (<c>main</c>, <c>quick</c>, <c>card</c>).</summary>
    public const string FormsFolder = "FormXml";

    /// <summary>Adds the views and forms under <paramref name="entityFolder"/> to <paramref name="entity"/>.</summary>
    /// <param name="entity">The table's Entity element (changed in place).</param>
    /// <param name="entityFolder">The table's folder, holding Entity.xml.</param>
    /// <returns><paramref name="entity"/>.</returns>
    /// <exception cref="PackSourceException">A file is malformed or not named after its id.</exception>
    public static XElement Attach(XElement entity, string entityFolder)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var formTypes = Subfolders(Path.Combine(entityFolder, FormsFolder))
            .Select(folder => new XElement("forms", new XAttribute("type", Path.GetFileName(folder)), Items(folder, "forms", "systemform", "formid")))
            .ToList();
        if (formTypes.Count > 0)
        {
            entity.Add(new XElement("FormXml", formTypes));
        }

        var views = Items(Path.Combine(entityFolder, SavedQueriesFolder), "savedqueries", "savedquery", "savedqueryid").ToList();
        if (views.Count > 0)
        {
            entity.Add(new XElement("SavedQueries", new XElement("savedqueries", views)));
        }

        return entity;
    }

    private static IEnumerable<string> Subfolders(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal) : [];

    private static IEnumerable<XElement> Items(string folder, string rootName, string itemName, string idName)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var root = Load(file);
            if (root.Name != rootName || root.Elements(itemName).Count() != 1)
            {
                throw new PackSourceException($"{file} must be a {rootName} element holding one {itemName}.");
            }

            var item = new XElement(root.Element(itemName)!);
            if (!Guid.TryParse((string?)item.Element(idName), out var id) || !Guid.TryParse(Path.GetFileNameWithoutExtension(file), out var named) || id != named)
            {
                throw new PackSourceException($"{file}: its {idName} must be the id in its file name.");
            }

            yield return item;
        }
    }

    private static XElement Load(string file)
    {
        try
        {
            return XElement.Load(file, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new PackSourceException($"{file} is not well-formed XML: {ex.Message}", ex);
        }
    }
}
