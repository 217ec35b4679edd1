using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// The role these client tests give the connector token: every table privilege at Global, so they exercise the Web API
/// client (creates, deletes, list actions) rather than the job's least-privilege role, which the job's own tests prove.
/// Caller-header privileges (bypass, impersonation) are still not granted.
/// </summary>
internal static class ClientTestRoles
{
    public static SecurityRoleDefinition AllTables { get; } = new(
        new Guid("6a0f3c52-93a4-4d7e-9a34-2f3b6f0c1d11"),
        "Client tests: every table",
        OrganizationSchema.Default().Tables.Values
            .SelectMany(t => Enum.GetValues<TableAccess>().Select(a => TablePrivileges.Name(a, t.LogicalName, t.IsActivity)))
            .Distinct(StringComparer.Ordinal)
            .Select(n => new RolePrivilegeDefinition(n, PrivilegeDepth.Global))
            .ToArray());
}
