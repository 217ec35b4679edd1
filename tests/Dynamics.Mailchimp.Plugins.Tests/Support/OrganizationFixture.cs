using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Support;

/// <summary>A fresh in-memory organization running the registered plug-ins, with helpers to seed it.</summary>
internal sealed class OrganizationFixture
{
    public OrganizationFixture(Guid? connectorUserId = null)
    {
        var manifest = PluginRegistrationManifest.Load();
        if (connectorUserId is { } user)
        {
            manifest = manifest with
            {
                Steps = manifest.Steps.Select(s => s with { UnsecureConfiguration = $"{s.UnsecureConfiguration};ConnectorUserIds={user}" }).ToArray(),
            };
        }

        Organization = new InMemoryOrganization(new InMemoryOrganizationOptions { Registrations = manifest });
        Service = Organization.CreateService();
        Seeding = Organization.CreateService(new CallerOptions(Organization.SystemUserId, BypassCustomPlugins: true));
    }

    public InMemoryOrganization Organization { get; }

    /// <summary>The SYSTEM user, plug-ins running.</summary>
    public IOrganizationService Service { get; }

    /// <summary>The SYSTEM user with plug-ins bypassed: for arranging data without queue rows.</summary>
    public IOrganizationService Seeding { get; }

    public IReadOnlyList<Entity> QueueRows => Organization.Rows(TableNames.QueueItem);

    public Guid List(bool synced = true, int memberType = 2, bool dynamic = false, bool active = true)
    {
        var list = new Entity(TableNames.List);
        list[ListFields.ListName] = synced ? "Newsletter" : "Internal";
        list[ListFields.CreatedFromCode] = new OptionSetValue(memberType);
        list[ListFields.Type] = dynamic;
        list[ListFields.SyncEnabled] = synced;
        list[ListFields.AudienceId] = "a1b2c3d4e5";
        var id = Seeding.Create(list);
        if (!active)
        {
            Seeding.Update(new Entity(TableNames.List, id) { [ListFields.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(1) });
        }

        return id;
    }

    public Guid Contact(string? email = "ada@example.org", string table = TableNames.Contact)
    {
        var record = new Entity(table);
        if (table == TableNames.Account)
        {
            record[AccountFields.Name] = "Contoso";
        }
        else
        {
            record[PersonFields.FirstName] = "Ada";
            record[PersonFields.LastName] = "Lovelace";
        }

        if (email is not null)
        {
            record[MemberFields.EmailAddress1] = email;
        }

        return Seeding.Create(record);
    }

    public void AddToList(Guid listId, Guid memberId) =>
        Seeding.Execute(new AddMemberListRequest { ListId = listId, EntityId = memberId });

    /// <summary>The id of the listmember row of <paramref name="memberId"/> in <paramref name="listId"/>.</summary>
    public Guid ListMemberRowId(Guid listId, Guid memberId) =>
        Organization.Rows(TableNames.ListMember)
            .Single(r => r.GetAttributeValue<EntityReference>(ListMemberFields.ListId).Id == listId && r.GetAttributeValue<EntityReference>(ListMemberFields.EntityId).Id == memberId)
            .Id;

    public PluginExecutionRecord LastExecution(string pluginName) =>
        Organization.PluginExecutions.Last(e => e.Plugin == "Dynamics.Mailchimp.Plugins." + pluginName);

    public IReadOnlyList<PluginExecutionRecord> Executions(string pluginName) =>
        Organization.PluginExecutions.Where(e => e.Plugin == "Dynamics.Mailchimp.Plugins." + pluginName).ToArray();

    public IOrganizationService Tagged(string tag = "dmc-sync") =>
        Organization.CreateService(new CallerOptions(Organization.SystemUserId, new Dictionary<string, object> { ["tag"] = tag }));
}
