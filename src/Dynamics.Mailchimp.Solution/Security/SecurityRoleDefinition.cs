namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>A security role of the solution (<c>solution/src/Roles/&lt;name&gt;.xml</c>).</summary>
/// <param name="Id">The role id; stable, so an upgrade updates the role instead of adding one.</param>
/// <param name="Name">The role name, for example "Mailchimp Sync Service".</param>
/// <param name="Privileges">The privileges it grants, in file order.</param>
public sealed record SecurityRoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilegeDefinition> Privileges)
{
    /// <summary>This role without <paramref name="privilege"/> (tests take one away to prove it is needed).</summary>
    public SecurityRoleDefinition Without(string privilege) =>
        this with { Privileges = Privileges.Where(p => !string.Equals(p.Name, privilege, StringComparison.Ordinal)).ToArray() };
}
