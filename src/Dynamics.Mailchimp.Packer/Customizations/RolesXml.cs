using System.Xml;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// The solution's security roles: each <c>Roles/&lt;name&gt;.xml</c> of the unpacked source (one <c>Role</c> per file, as
/// SolutionPackager writes them) goes into customizations.xml's <c>Roles</c> element (<c>RolesType</c> of
/// CustomizationsSolution.xsd, right after <c>Entities</c>), in ordinal file order, and into solution.xml as a root
/// component of type 20 (role) with its id, so an upgrade updates the same role.
/// </summary>
public static class RolesXml
{
    /// <summary>Component type of a security role (Microsoft's solutioncomponent componenttype).</summary>
    public const int RoleComponent = 20;

    /// <summary>The customizations element.</summary>
    public const string Roles = "Roles";

    /// <summary>Reads the role files under <paramref name="rolesFolder"/>, ordered by file name (ordinal); none when the folder is missing.</summary>
    /// <param name="rolesFolder">solution/src/Roles.</param>
    /// <returns>Each file's <c>Role</c> element, checked by <see cref="SecurityRoleXmlReader"/>.</returns>
    /// <exception cref="PackSourceException">A file is not well-formed XML or not a valid role.</exception>
    public static IReadOnlyList<XElement> Load(string rolesFolder)
    {
        if (!Directory.Exists(rolesFolder))
        {
            return [];
        }

        return Directory.EnumerateFiles(rolesFolder, "*.xml").Order(StringComparer.Ordinal).Select(LoadRole).ToList();
    }

    /// <summary>The <c>Roles</c> element: copies without comments or namespace declarations; null when there are no roles.</summary>
    /// <param name="roles">The <c>Role</c> elements.</param>
    /// <returns>The element, or null.</returns>
    public static XElement? Build(IEnumerable<XElement>? roles)
    {
        var copies = (roles ?? []).Select(Detach).ToList();
        return copies.Count == 0 ? null : new XElement(Roles, copies);
    }

    /// <summary>Adds a root component of type 20 per role to a built solution.xml.</summary>
    /// <param name="manifest">The solution.xml from <see cref="SolutionManifestBuilder.Build"/>.</param>
    /// <param name="roles">The <c>Role</c> elements.</param>
    public static void AddRootComponents(XDocument manifest, IEnumerable<XElement> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var components = SolutionManifestBuilder.Required(SolutionManifestBuilder.ManifestElement(manifest), "RootComponents");
        components.Add(roles.Select(r => new XElement(
            "RootComponent",
            new XAttribute("type", RoleComponent),
            new XAttribute("id", "{" + SecurityRoleXmlReader.Read(r, "customizations.xml").Id.ToString() + "}"),
            new XAttribute("behavior", 0))));
    }

    private static XElement LoadRole(string file)
    {
        try
        {
            var role = XElement.Load(file, LoadOptions.None);
            SecurityRoleXmlReader.Read(role, file);
            return role;
        }
        catch (XmlException ex)
        {
            throw new PackSourceException($"{file} is not well-formed XML: {ex.Message}", ex);
        }
        catch (RoleSourceException ex)
        {
            throw new PackSourceException(ex.Message, ex);
        }
    }

    private static XElement Detach(XElement role)
    {
        var copy = new XElement(role);
        copy.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        copy.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        return copy;
    }
}
