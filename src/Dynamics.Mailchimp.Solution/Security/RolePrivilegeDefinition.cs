namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>One privilege a role grants: <c>&lt;RolePrivilege name="prvReadContact" level="Global" /&gt;</c>.</summary>
/// <param name="Name">The privilege name, for example <c>prvReadContact</c>.</param>
/// <param name="Depth">The level it is granted at.</param>
public sealed record RolePrivilegeDefinition(string Name, PrivilegeDepth Depth);
