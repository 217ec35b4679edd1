using System.Reflection;

namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>The security roles a solution ships, by name.</summary>
public sealed class SecurityRoleCatalog
{
    private const string SolutionResourcePrefix = "Roles.Solution.";

    private readonly Dictionary<string, SecurityRoleDefinition> _roles;

    private SecurityRoleCatalog(IEnumerable<SecurityRoleDefinition> roles)
    {
        _roles = new Dictionary<string, SecurityRoleDefinition>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (_roles.Values.FirstOrDefault(r => r.Id == role.Id) is { } clash)
            {
                throw new RoleSourceException(role.Name, $"has the id {role.Id:D} of '{clash.Name}'");
            }

            if (!_roles.TryAdd(role.Name, role))
            {
                throw new RoleSourceException(role.Name, "is defined twice");
            }
        }
    }

    /// <summary>The roles by name, in ordinal name order.</summary>
    public IReadOnlyList<SecurityRoleDefinition> Roles => _roles.Values.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The connector's roles, from solution/src/Roles (embedded in this assembly at build).</summary>
    public static SecurityRoleCatalog FromSolution()
    {
        var assembly = typeof(SecurityRoleCatalog).Assembly;
        return new SecurityRoleCatalog(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SolutionResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ReadResource(assembly, n)));
    }

    /// <summary>Every <c>*.xml</c> in <paramref name="rolesFolder"/> (a solution's Roles folder), in ordinal file order.</summary>
    public static SecurityRoleCatalog FromFolder(string rolesFolder) =>
        new(Directory.EnumerateFiles(rolesFolder, "*.xml").Order(StringComparer.Ordinal).Select(path =>
        {
            using var stream = File.OpenRead(path);
            return SecurityRoleXmlReader.Read(stream, path);
        }).ToArray());

    /// <summary>The role named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such role; the message names it and the known ones.</exception>
    public SecurityRoleDefinition Get(string name) =>
        _roles.TryGetValue(name, out var role)
            ? role
            : throw new KeyNotFoundException($"The security role '{name}' is not defined. Known roles: {string.Join(", ", _roles.Keys.Order(StringComparer.Ordinal))}.");

    private static SecurityRoleDefinition ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return SecurityRoleXmlReader.Read(stream, name);
    }
}
