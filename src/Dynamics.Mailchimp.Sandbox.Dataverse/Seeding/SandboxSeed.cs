using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>
/// A small, realistic organization for the demo and tests: one account, four contacts and two leads with emails, and a
/// static contact list synced to a Mailchimp audience (<c>dmc_syncenabled = true</c>, <c>createdfromcode = 2</c>) holding the
/// first two contacts. Everything is written through the organization service, so the plug-ins run (and queue) as usual.
/// </summary>
public static class SandboxSeed
{
    /// <summary>The Mailchimp audience id the seeded list maps to.</summary>
    public const string AudienceId = "a1b2c3d4e5";

    /// <summary>The seeded list's name.</summary>
    public const string ListName = "Newsletter (Mailchimp)";

    private const string ParentCustomer = "parentcustomerid";
    private const int ContactMemberType = 2;
    private const int AudienceMapping = 100000000;

    private static readonly (string First, string Last, string Email)[] Contacts =
    [
        ("Yvonne", "McKay", "yvonne.mckay@contoso-coffee.com"),
        ("Susanna", "Stubberod", "susanna.stubberod@contoso-coffee.com"),
        ("Nancy", "Anderson", "nancy.anderson@contoso-coffee.com"),
        ("Maria", "Campbell", "maria.campbell@contoso-coffee.com"),
    ];

    private static readonly (string First, string Last, string Email)[] Leads =
    [
        ("Rene", "Valdes", "rene.valdes@fabrikam-ventures.com"),
        ("Paul", "Cannon", "paul.cannon@fabrikam-ventures.com"),
    ];

    /// <summary>Seeds the sandbox's organization as its admin user.</summary>
    /// <param name="sandbox">The sandbox.</param>
    /// <returns>The ids written.</returns>
    public static SeedResult Apply(DataverseSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        return Apply(sandbox.Organization, sandbox.Tokens.AdminUserId);
    }

    /// <summary>Seeds <paramref name="organization"/> as <paramref name="userId"/>.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="userId">The user the writes run as.</param>
    /// <returns>The ids written.</returns>
    public static SeedResult Apply(InMemoryOrganization organization, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var service = organization.CreateService(new CallerOptions(userId));
        var account = new Entity(TableNames.Account) { [AccountFields.Name] = "Contoso Coffee", [MemberFields.EmailAddress1] = "hello@contoso-coffee.com" };
        var accountId = service.Create(account);

        var list = new Entity(TableNames.List)
        {
            [ListFields.ListName] = ListName,
            [ListFields.Type] = false,
            [ListFields.CreatedFromCode] = new OptionSetValue(ContactMemberType),
            [ListFields.SyncEnabled] = true,
            [ListFields.MappingType] = new OptionSetValue(AudienceMapping),
            [ListFields.AudienceId] = AudienceId,
        };
        var listId = service.Create(list);

        var contactIds = Contacts.Select(c => service.Create(new Entity(TableNames.Contact)
        {
            [PersonFields.FirstName] = c.First,
            [PersonFields.LastName] = c.Last,
            [MemberFields.EmailAddress1] = c.Email,
            [ParentCustomer] = new EntityReference(TableNames.Account, accountId),
        })).ToArray();
        var leadIds = Leads.Select(l => service.Create(new Entity(TableNames.Lead)
        {
            [PersonFields.FirstName] = l.First,
            [PersonFields.LastName] = l.Last,
            [MemberFields.EmailAddress1] = l.Email,
        })).ToArray();

        service.Execute(new AddListMembersListRequest { ListId = listId, MemberIds = contactIds.Take(2).ToArray() });
        return new SeedResult(accountId, contactIds, leadIds, listId, AudienceId);
    }

    /// <summary>Adds <paramref name="count"/> contacts named <c>Bulk 00001</c>… with emails <c>bulk00001@brightfield-labs.com</c>… (for paging demos).</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="userId">The user the writes run as (plug-ins run as usual).</param>
    /// <param name="count">How many contacts to add.</param>
    /// <returns>Their ids, in creation order.</returns>
    public static IReadOnlyList<Guid> AddContacts(InMemoryOrganization organization, Guid userId, int count)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var service = organization.CreateService(new CallerOptions(userId));
        return Enumerable.Range(1, count).Select(i => service.Create(new Entity(TableNames.Contact)
        {
            [PersonFields.FirstName] = "Bulk",
            [PersonFields.LastName] = i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            [MemberFields.EmailAddress1] = $"bulk{i:D5}@brightfield-labs.com",
        })).ToArray();
    }
}
