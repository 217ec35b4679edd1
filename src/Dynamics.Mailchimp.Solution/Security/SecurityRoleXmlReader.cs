using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>
/// Reads one role file of an unpacked solution (<c>Roles/&lt;name&gt;.xml</c>, the layout SolutionPackager and
/// <c>pac solution unpack</c> write): a <c>Role</c> root with <c>id</c> and <c>name</c>, and <c>RolePrivileges</c> holding
/// <c>RolePrivilege name="…" level="Basic|Local|Deep|Global"</c>, as <c>RolesType</c> in CustomizationsSolution.xsd
/// (Dataverse 9.0.0.2090) declares them. A privilege named twice is refused.
/// </summary>
public static class SecurityRoleXmlReader
{
    /// <summary>The root element.</summary>
    public const string RoleElement = "Role";

    /// <summary>The privileges element.</summary>
    public const string PrivilegesElement = "RolePrivileges";

    /// <summary>One privilege.</summary>
    public const string PrivilegeElement = "RolePrivilege";

    /// <summary>Reads the role in <paramref name="stream"/>.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="source">Its name, for messages.</param>
    /// <returns>The role.</returns>
    /// <exception cref="RoleSourceException">The file is not a well-formed role.</exception>
    public static SecurityRoleDefinition Read(Stream stream, string source)
    {
        XElement root;
        try
        {
            root = XElement.Load(stream);
        }
        catch (XmlException ex)
        {
            throw new RoleSourceException(source, $"is not well-formed XML: {ex.Message}", ex);
        }

        return Read(root, source);
    }

    /// <summary>Reads a <c>Role</c> element.</summary>
    /// <param name="role">The element.</param>
    /// <param name="source">Its origin, for messages.</param>
    /// <returns>The role.</returns>
    /// <exception cref="RoleSourceException">The element is not a well-formed role.</exception>
    public static SecurityRoleDefinition Read(XElement role, string source)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Name.LocalName != RoleElement)
        {
            throw new RoleSourceException(source, $"has root <{role.Name.LocalName}>, not <{RoleElement}>");
        }

        var name = ((string?)role.Attribute("name"))?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new RoleSourceException(source, "has no name attribute");
        }

        if (!Guid.TryParse((string?)role.Attribute("id"), out var id))
        {
            throw new RoleSourceException(source, "has no id attribute holding a GUID");
        }

        var privileges = role.Element(PrivilegesElement)?.Elements(PrivilegeElement).Select(p => Privilege(p, source)).ToArray() ?? [];
        if (privileges.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RoleSourceException(source, $"grants {twice.Key} twice");
        }

        return new SecurityRoleDefinition(id, name, privileges);
    }

    private static RolePrivilegeDefinition Privilege(XElement element, string source)
    {
        var name = ((string?)element.Attribute("name"))?.Trim();
        if (string.IsNullOrEmpty(name) || !name.StartsWith("prv", StringComparison.Ordinal))
        {
            throw new RoleSourceException(source, $"has a {PrivilegeElement} whose name '{name}' does not start with 'prv'");
        }

        var level = (string?)element.Attribute("level");
        return Enum.TryParse<PrivilegeDepth>(level, ignoreCase: false, out var depth) && Enum.IsDefined(depth)
            ? new RolePrivilegeDefinition(name, depth)
            : throw new RoleSourceException(source, $"grants {name} at level '{level}'; the levels are Basic, Local, Deep and Global");
    }
}
