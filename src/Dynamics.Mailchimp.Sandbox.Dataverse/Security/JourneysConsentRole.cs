using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// The privileges on the Customer Insights – Journeys consent tables that an admin grants the connector's application user
/// in an org with Journeys (README, "Customer Insights – Journeys consent"): the solution's own role cannot name tables an
/// org without Journeys lacks. A sandbox started with <see cref="DataverseSandboxOptions.JourneysConsent"/> gives the
/// connector this role besides the service role, so the end-to-end tests prove the list.
/// </summary>
internal static class JourneysConsentRole
{
    /// <summary>The contact point consent table.</summary>
    public const string ConsentTable = "msdynmkt_contactpointconsent4";

    /// <summary>The purpose table.</summary>
    public const string PurposeTable = "msdynmkt_purpose";

    /// <summary>The topic table.</summary>
    public const string TopicTable = "msdynmkt_topic";

    /// <summary>The role's name, as a refusal would name it.</summary>
    public const string Name = "Mailchimp Sync Journeys Consent";

    private static readonly Guid Id = new("5b0f4a37-3c8e-4f0e-9a55-7d2a4c1e9b21");

    /// <summary>
    /// Read, Create and Write on consent records (find and update the address's record, else create one), Append on them
    /// and AppendTo on purpose and topic (the record's two lookups); no Delete. Global: the records are user-owned and the
    /// job must reach every address's record, whoever created it.
    /// </summary>
    public static SecurityRoleDefinition Definition { get; } = new(Id, Name,
    [
        new(TablePrivileges.Name(TableAccess.Read, ConsentTable, isActivity: false), PrivilegeDepth.Global),
        new(TablePrivileges.Name(TableAccess.Create, ConsentTable, isActivity: false), PrivilegeDepth.Global),
        new(TablePrivileges.Name(TableAccess.Write, ConsentTable, isActivity: false), PrivilegeDepth.Global),
        new(TablePrivileges.Name(TableAccess.Append, ConsentTable, isActivity: false), PrivilegeDepth.Global),
        new(TablePrivileges.Name(TableAccess.AppendTo, PurposeTable, isActivity: false), PrivilegeDepth.Global),
        new(TablePrivileges.Name(TableAccess.AppendTo, TopicTable, isActivity: false), PrivilegeDepth.Global),
    ]);
}
