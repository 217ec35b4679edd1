namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>The names of the roles the solution ships (each is <c>solution/src/Roles/&lt;name&gt;.xml</c>).</summary>
public static class SecurityRoleNames
{
    /// <summary>The least privilege the sync job's application user needs.</summary>
    public const string SyncService = "Mailchimp Sync Service";

    /// <summary>For administrators: the connector's tables and settings.</summary>
    public const string SyncManager = "Mailchimp Sync Manager";
}
