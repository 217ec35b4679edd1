using System.Diagnostics;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>The demo's CRM changes, each measured: rows queued, plug-in reads and writes, elapsed time.</summary>
public sealed class DemoScenario(int bulkMembers)
{
    private readonly InMemoryOrganization _org = new();

    /// <summary>Runs every step in order.</summary>
    public IReadOnlyList<DemoStep> Run()
    {
        var seed = _org.CreateService(new CallerOptions(_org.SystemUserId, BypassCustomPlugins: true));
        var user = _org.CreateService(_org.CreateUser("Marketing User", null));
        var job = _org.CreateService(new CallerOptions(_org.CreateUser("Mailchimp Connector", Guid.NewGuid()), new Dictionary<string, object> { [ParameterNames.Tag] = "dmc-sync" }));

        var newsletter = seed.Create(List("Newsletter", synced: true));
        var internalList = seed.Create(List("Internal", synced: false));
        var people = new[] { "ada@example.org", "charles@example.org", "mary@example.org", "grace@example.org" }
            .Select(email => seed.Create(new Entity(TableNames.Contact) { [PersonFields.LastName] = email.Split('@')[0], [MemberFields.EmailAddress1] = email }))
            .ToArray();
        var bulk = Enumerable.Range(0, bulkMembers)
            .Select(i => seed.Create(new Entity(TableNames.Contact) { [PersonFields.LastName] = $"Bulk {i}", [MemberFields.EmailAddress1] = $"bulk{i}@example.org" }))
            .ToArray();

        return
        [
            Measure("Add 3 contacts to the synced list (AddListMembers)", "one row holding 3 member ids", 1,
                () => user.Execute(new AddListMembersListRequest { ListId = newsletter, MemberIds = people[..3] })),
            Measure("Add 1 contact to the synced list (AddMember)", "one row", 1,
                () => user.Execute(new AddMemberListRequest { ListId = newsletter, EntityId = people[3] })),
            Measure("Change a listed contact's email", "one row with the new and previous email", 1,
                () => user.Update(new Entity(TableNames.Contact, people[0]) { [MemberFields.EmailAddress1] = "ada.lovelace@example.org" })),
            Measure("Change a listed contact's job title (not synced)", "nothing: the step's filtering attributes skip it", 0,
                () => user.Update(new Entity(TableNames.Contact, people[1]) { ["jobtitle"] = "Analyst" })),
            Measure("Sync job writes consent back (tag dmc-sync)", "nothing: the connector's own write is not echoed", 0,
                () => job.Update(new Entity(TableNames.Contact, people[1]) { [MemberFields.DoNotBulkEmail] = true })),
            Measure("Deactivate a listed contact", "one row: inactive contacts leave the audience", 1,
                () => user.Update(new Entity(TableNames.Contact, people[2]) { [MemberFields.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) })),
            Measure("Remove a contact from the synced list", "one row", 1,
                () => user.Execute(new RemoveMemberListRequest { ListId = newsletter, EntityId = people[3] })),
            Measure("Add a contact to an unsynced list", "nothing: the list does not sync", 0,
                () => user.Execute(new AddMemberListRequest { ListId = internalList, EntityId = people[3] })),
            Measure($"Add {bulkMembers:N0} contacts to the synced list in one call", "as few rows as the member-id column allows", (bulkMembers + 28338) / 28339,
                () => user.Execute(new AddListMembersListRequest { ListId = newsletter, MemberIds = bulk })),
        ];
    }

    /// <summary>The queue as it stands.</summary>
    public IReadOnlyList<Entity> QueueRows => _org.Rows(TableNames.QueueItem);

    private static Entity List(string name, bool synced) => new(TableNames.List)
    {
        [ListFields.ListName] = name,
        [ListFields.CreatedFromCode] = new OptionSetValue(2),
        [ListFields.SyncEnabled] = synced,
        [ListFields.AudienceId] = "a1b2c3d4e5",
    };

    private DemoStep Measure(string action, string expected, int expectedRows, Action change)
    {
        var rowsBefore = _org.Count(TableNames.QueueItem);
        _org.ClearPluginExecutions();
        var clock = Stopwatch.StartNew();
        change();
        clock.Stop();
        var executions = _org.PluginExecutions;
        return new DemoStep(action, expected, _org.Count(TableNames.QueueItem) - rowsBefore, expectedRows, executions.Sum(e => e.Reads), executions.Sum(e => e.Writes), clock.Elapsed);
    }
}
