using System.Collections.Frozen;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// What a token's user may do: the union of its security roles (the deepest level wins when two roles grant the same
/// privilege), or everything for the sandbox admin (a System Administrator).
/// </summary>
internal sealed class CallerPrivileges
{
    private readonly FrozenDictionary<string, PrivilegeDepth> _granted;

    private CallerPrivileges(FrozenDictionary<string, PrivilegeDepth> granted, int roleCount, bool unrestricted)
    {
        _granted = granted;
        Names = granted.Keys;
        RoleCount = roleCount;
        IsUnrestricted = unrestricted;
    }

    /// <summary>The System Administrator: every privilege at every depth.</summary>
    public static CallerPrivileges Unrestricted { get; } = new(Privileges.All.ToFrozenDictionary(p => p, _ => PrivilegeDepth.Global, StringComparer.Ordinal), 1, unrestricted: true);

    /// <summary>Whether the user holds every privilege.</summary>
    public bool IsUnrestricted { get; }

    /// <summary>How many roles the user has (Dataverse's <c>roleCount</c>).</summary>
    public int RoleCount { get; }

    /// <summary>How many privileges the roles grant (Dataverse's <c>privilegeCount</c>).</summary>
    public int PrivilegeCount => _granted.Count;

    /// <summary>The privilege names granted (for the admin: the caller-header privileges the organization checks again).</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>The union of <paramref name="roles"/>, plus <paramref name="extra"/> granted at Global.</summary>
    public static CallerPrivileges FromRoles(IReadOnlyCollection<SecurityRoleDefinition> roles, IEnumerable<string> extra)
    {
        var granted = new Dictionary<string, PrivilegeDepth>(StringComparer.Ordinal);
        foreach (var privilege in roles.SelectMany(r => r.Privileges))
        {
            granted[privilege.Name] = granted.TryGetValue(privilege.Name, out var held) && held > privilege.Depth ? held : privilege.Depth;
        }

        foreach (var name in extra)
        {
            granted[name] = PrivilegeDepth.Global;
        }

        return new CallerPrivileges(granted.ToFrozenDictionary(StringComparer.Ordinal), roles.Count, unrestricted: false);
    }

    /// <summary>The depth <paramref name="privilege"/> is held at, or null when it is not held.</summary>
    public PrivilegeDepth? Depth(string privilege) =>
        IsUnrestricted ? PrivilegeDepth.Global : _granted.TryGetValue(privilege, out var depth) ? depth : null;

    /// <summary>Whether <paramref name="privilege"/> is held at any depth.</summary>
    public bool Has(string privilege) => Depth(privilege) is not null;
}
