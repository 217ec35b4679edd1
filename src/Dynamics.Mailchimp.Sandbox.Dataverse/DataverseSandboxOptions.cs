using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse;

/// <summary>How a <see cref="DataverseSandbox"/> is set up. Validated by <see cref="DataverseSandbox.StartAsync"/>.</summary>
public sealed class DataverseSandboxOptions
{
    /// <summary>Dataverse's own number-of-requests limit per user per 300-second window.</summary>
    public const int RealRequestsPerWindow = 6000;

    /// <summary>The bearer token of the sandbox admin (holds prvBypassCustomPlugins).</summary>
    /// <value>A random 256-bit token per start.</value>
    public string? AdminToken { get; init; }

    /// <summary>The bearer token of the connector's application user.</summary>
    /// <value>A random 256-bit token per start.</value>
    public string? ConnectorToken { get; init; }

    /// <summary>The Entra application (client) id of the connector's application user.</summary>
    /// <value>A random GUID per start.</value>
    public Guid? ConnectorApplicationId { get; init; }

    /// <summary>
    /// The security roles of the connector's application user: its table privileges at their depth, and the privileges
    /// actions and caller headers need. A test removes a privilege (<see cref="SecurityRoleDefinition.Without"/>) to prove
    /// the connector needs it.
    /// </summary>
    /// <value>Null: the solution's "Mailchimp Sync Service" role (solution/src/Roles), as the application user gets in production.</value>
    public IReadOnlyCollection<SecurityRoleDefinition>? ConnectorRoles { get; init; }

    /// <summary>
    /// Caller-header privileges of <see cref="Privileges"/> the connector's application user holds besides its roles (the admin holds them all), e.g.
    /// <see cref="Privileges.ActOnBehalfOfAnotherUser"/> to impersonate with <c>MSCRMCallerID</c>.
    /// </summary>
    /// <value>None: the service role grants none of them.</value>
    public IReadOnlyCollection<string> ConnectorPrivileges { get; init; } = [];

    /// <summary>Service protection: requests each user may make per window before getting 429 (<c>0x80072322</c>).</summary>
    /// <value>
    /// <see cref="RealRequestsPerWindow"/>, 6,000: Dataverse's default per web server
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits), so throttling shows up in tests as it
    /// will in production. Set a small number to test throttling.
    /// </value>
    [Range(1, int.MaxValue)]
    public int RequestsPerWindow { get; init; } = RealRequestsPerWindow;

    /// <summary>Service protection: combined execution time each user's requests may take per window before getting 429 (<c>0x80072321</c>).</summary>
    /// <value>20 minutes (1,200 seconds), Dataverse's default (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits).</value>
    public TimeSpan ExecutionTimePerWindow { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Service protection: the sliding window, in seconds.</summary>
    /// <value>300, Dataverse's window.</value>
    [Range(1, 86_400)]
    public int WindowSeconds { get; init; } = 300;

    /// <summary>Service protection: requests each user may have in flight at once before getting 429 (<c>0x80072326</c>).</summary>
    /// <value>52, Dataverse's default (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits: "52 or higher").</value>
    [Range(1, 100_000)]
    public int ConcurrentRequestsPerUser { get; init; } = 52;

    /// <summary>The <c>Retry-After</c> seconds a 429 carries.</summary>
    /// <value>Null: for the request limit, the seconds until the user's oldest counted request leaves the window; for the concurrency limit, 1.</value>
    [Range(1, 86_400)]
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Delay added before every request is handled (real time).</summary>
    /// <value><see cref="TimeSpan.Zero"/>; changeable later through <see cref="DataverseSandbox.Latency"/>.</value>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>The largest page a collection GET returns, and the page size without <c>Prefer: odata.maxpagesize</c>.</summary>
    /// <value>5000, as Dataverse.</value>
    [Range(1, 5000)]
    public int MaxPageSize { get; init; } = 5000;

    /// <summary>The tables that answer <c>Prefer: odata.track-changes</c>.</summary>
    /// <value>Null: those whose table definition has ChangeTrackingEnabled (the connector's queue table and the system tables it uses).</value>
    public IReadOnlyCollection<string>? ChangeTrackingTables { get; init; }

    /// <summary>How long a <c>$deltatoken</c> stays valid, by <see cref="Clock"/>.</summary>
    /// <value>7 days, Dataverse's default (organization.ExpireChangeTrackingInDays).</value>
    public TimeSpan ChangeTrackingExpiry { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The organization to serve.</summary>
    /// <value>
    /// Null: a new <see cref="InMemoryOrganization"/> with the default schema and plug-in steps, holding the solution's
    /// environment variable definitions (from <see cref="Solution"/> when set, else solution/src) as an import leaves them.
    /// </value>
    public InMemoryOrganization? Organization { get; init; }

    /// <summary>
    /// The path of a packed solution zip to build the organization from (its tables, columns and plug-in steps, instead of
    /// solution/src and PluginRegistration/; see <see cref="Dynamics.Mailchimp.Sandbox.Xrm.Solutions.SolutionImporter"/>).
    /// Not with <see cref="Organization"/>.
    /// </summary>
    /// <value>Null: the organization comes from <see cref="Organization"/> or the source.</value>
    public string? Solution { get; init; }

    /// <summary>
    /// Whether the sandbox stands for an org with Customer Insights – Journeys: its organization has the contact point
    /// consent tables (<see cref="InMemoryOrganizationOptions.JourneysConsent"/>), and the connector's application user
    /// holds the privileges on them an admin grants (Read, Create, Write and Append on <c>msdynmkt_contactpointconsent4</c>,
    /// AppendTo on <c>msdynmkt_purpose</c> and <c>msdynmkt_topic</c>) besides its roles. With <see cref="Organization"/>,
    /// that organization must have been created with the tables.
    /// </summary>
    /// <value><see langword="false"/>: an org without Journeys, which has none of these tables.</value>
    public bool JourneysConsent { get; init; }

    /// <summary>The clock for service protection windows, request timestamps and delta-token expiry.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The connector's roles: <see cref="ConnectorRoles"/>, or the solution's service role.</summary>
    /// <remarks>With <see cref="JourneysConsent"/>, also the Journeys consent privileges an admin grants.</remarks>
    internal IReadOnlyCollection<SecurityRoleDefinition> EffectiveConnectorRoles()
    {
        var roles = ConnectorRoles ?? [SecurityRoleCatalog.FromSolution().Get(SecurityRoleNames.SyncService)];
        return JourneysConsent ? [.. roles, JourneysConsentRole.Definition] : roles;
    }

    /// <summary>Checks the options; throws <see cref="ValidationException"/> naming the first bad one.</summary>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        Solutions.SolutionImportOptions.Validate(this);
        if (ExecutionTimePerWindow <= TimeSpan.Zero)
        {
            throw new ValidationException($"{nameof(ExecutionTimePerWindow)} must be positive.");
        }

        if (ChangeTrackingExpiry <= TimeSpan.Zero)
        {
            throw new ValidationException($"{nameof(ChangeTrackingExpiry)} must be positive.");
        }

        if (Latency < TimeSpan.Zero)
        {
            throw new ValidationException($"{nameof(Latency)} must not be negative.");
        }

        if (AdminToken is not null && string.IsNullOrWhiteSpace(AdminToken))
        {
            throw new ValidationException($"{nameof(AdminToken)} must not be blank; leave it null for a random one.");
        }

        if (ConnectorToken is not null && string.IsNullOrWhiteSpace(ConnectorToken))
        {
            throw new ValidationException($"{nameof(ConnectorToken)} must not be blank; leave it null for a random one.");
        }

        if (ConnectorPrivileges.FirstOrDefault(p => !Privileges.All.Contains(p)) is { } unknown)
        {
            throw new ValidationException($"{nameof(ConnectorPrivileges)} names '{unknown}', which the sandbox does not check; use the names of {nameof(Privileges)}.");
        }

        if (JourneysConsent && Organization is { } organization && !organization.Schema.Tables.ContainsKey(JourneysConsentRole.ConsentTable))
        {
            throw new ValidationException($"{nameof(JourneysConsent)} is set but the given {nameof(Organization)} has no {JourneysConsentRole.ConsentTable} table; create it with {nameof(InMemoryOrganizationOptions)}.{nameof(InMemoryOrganizationOptions.JourneysConsent)}.");
        }

        if (AdminToken is not null && string.Equals(AdminToken, ConnectorToken, StringComparison.Ordinal))
        {
            throw new ValidationException($"{nameof(AdminToken)} and {nameof(ConnectorToken)} must differ.");
        }
    }
}
