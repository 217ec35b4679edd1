using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Querying;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>What the handlers share: the organization, the JSON and query converters built from its schema, and the privilege checks.</summary>
internal sealed class SandboxServices
{
    public SandboxServices(InMemoryOrganization organization, Uri serviceRoot, DataverseSandboxOptions options)
    {
        Organization = organization;
        ChangeTracked = (options.ChangeTrackingTables ?? ChangeTrackingTables.FromTableDefinitions()).ToHashSet(StringComparer.Ordinal);
        Writer = new EntityJsonWriter(serviceRoot);
        Reader = new EntityJsonReader(organization.Schema);
        Model = new EdmSchemaModel(organization.Schema, ChangeTracked);
        Queries = new QueryOptionsReader(Model);
        MaxPageSize = options.MaxPageSize;
        Callers = new CallerOptionsFactory(organization);
        ChangeTokens = new ChangeTrackingTokens(options.Clock, options.ChangeTrackingExpiry);
        Guard = new TablePrivilegeGuard(organization.Schema, TablePrivileges.FromSolution());
        ActionRules = new ActionPrivilegeRules(organization, Guard);
    }

    /// <summary>Checks the caller's table privileges (security roles) before an operation runs.</summary>
    public TablePrivilegeGuard Guard { get; }

    /// <summary>Checks the privileges the marketing-list actions need.</summary>
    public ActionPrivilegeRules ActionRules { get; }

    /// <summary>The tables with change tracking enabled.</summary>
    public IReadOnlySet<string> ChangeTracked { get; }

    public CallerOptionsFactory Callers { get; }

    public InMemoryOrganization Organization { get; }

    public EntityJsonWriter Writer { get; }

    public EntityJsonReader Reader { get; }

    public EdmSchemaModel Model { get; }

    public QueryOptionsReader Queries { get; }

    public int MaxPageSize { get; }

    public ChangeTrackingTokens ChangeTokens { get; }
}
