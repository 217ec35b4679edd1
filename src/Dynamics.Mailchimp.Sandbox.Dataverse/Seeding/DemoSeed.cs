using System.Globalization;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>
/// The demo's organization: <c>contacts</c> contacts and <c>leads</c> leads with realistic names and addresses on
/// made-up company domains (Mailchimp refuses reserved ones), and four static lists, still empty: contacts mapped to
/// the whole audience, contacts mapped to an interest, leads mapped to a tag, and an unsynced contact list. Members are
/// added later over the Web API, so the plug-ins queue them as a user's change would.
/// </summary>
public static class DemoSeed
{
    private const int ContactMemberType = 2;
    private const int LeadMemberType = 4;
    private const int AudienceMapping = 100000000;
    private const int TagMapping = 100000001;
    private const int InterestMapping = 100000002;

    private static readonly string[] FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Isabella", "Lucas", "Mia", "Mateo",
        "Charlotte", "Levi", "Harper", "Ethan", "Evelyn", "James", "Aria", "Kenji", "Priya", "Arjun", "Fatima", "Omar",
        "Ingrid", "Lars", "Chiara", "Marco", "Zofia", "Tomasz", "Aoife", "Seán", "Nadia", "Diego", "Leila", "Hiroshi",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Garcia", "Müller", "Rossi", "Nakamura", "Kowalski", "O'Brien", "Patel", "Nguyen", "Silva",
        "Andersen", "Dubois", "Fischer", "Haddad", "Ivanova", "Jensen", "Kim", "Lopez", "Martin", "Novak", "Okafor",
        "Petrov", "Quinn", "Russo", "Schmidt", "Tanaka", "Usman", "Varga", "Walsh", "Yilmaz", "Zhang",
    ];

    private static readonly string[] ContactDomains = ["contoso-coffee.com", "northwind-traders.com", "adatum-health.com", "litware-labs.com"];

    private static readonly string[] LeadDomains = ["fabrikam-ventures.com", "tailspin-toys.com", "wingtip-outdoor.com"];

    /// <summary>Seeds the sandbox's organization as its admin user (the plug-ins run as usual).</summary>
    /// <param name="sandbox">The sandbox.</param>
    /// <param name="lists">The four lists' targets.</param>
    /// <param name="contacts">How many contacts.</param>
    /// <param name="leads">How many leads.</param>
    /// <returns>The ids written.</returns>
    public static DemoSeedResult Apply(DataverseSandbox sandbox, DemoListTargets lists, int contacts, int leads)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentOutOfRangeException.ThrowIfNegative(contacts);
        ArgumentOutOfRangeException.ThrowIfNegative(leads);
        var service = sandbox.Organization.CreateService(new CallerOptions(sandbox.Tokens.AdminUserId));
        var contactIds = Enumerable.Range(0, contacts).Select(i => service.Create(Person(TableNames.Contact, i))).ToArray();
        var leadIds = Enumerable.Range(0, leads).Select(i => service.Create(Person(TableNames.Lead, i))).ToArray();
        return new DemoSeedResult(
            contactIds,
            leadIds,
            service.Create(List("Newsletter (all customers)", ContactMemberType, lists.AudienceId, AudienceMapping)),
            service.Create(List("Product updates", ContactMemberType, lists.AudienceId, InterestMapping, interestId: lists.InterestId)),
            service.Create(List("Trade show leads 2026", LeadMemberType, lists.AudienceId, TagMapping, tagName: lists.TagName)),
            service.Create(List("Internal: key accounts", ContactMemberType, audienceId: null, mappingType: null)));
    }

    /// <summary>The address the seed gives person number <paramref name="index"/> of a kind.</summary>
    /// <param name="table">contact or lead.</param>
    /// <param name="index">Its index, from 0.</param>
    /// <returns>The address.</returns>
    public static string Email(string table, int index)
    {
        var (first, last, domains) = (FirstName(index), LastName(index), table == TableNames.Lead ? LeadDomains : ContactDomains);
        var round = index / (FirstNames.Length * LastNames.Length * domains.Length);
        var suffix = round == 0 ? string.Empty : round.ToString(CultureInfo.InvariantCulture);
        var local = Ascii(first) + "." + Ascii(last) + suffix;
        return $"{local}@{domains[index / (FirstNames.Length * LastNames.Length) % domains.Length]}";
    }

    private static string FirstName(int index) => FirstNames[index % FirstNames.Length];

    private static string LastName(int index) => LastNames[index / FirstNames.Length % LastNames.Length];

    private static string Ascii(string name) => new string(name.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => char.IsAsciiLetter(c)).ToArray()).ToLowerInvariant();

    private static Entity Person(string table, int index) => new(table)
    {
        [PersonFields.FirstName] = FirstName(index),
        [PersonFields.LastName] = LastName(index),
        [MemberFields.EmailAddress1] = Email(table, index),
    };

    private static Entity List(string name, int memberType, string? audienceId, int? mappingType, string? tagName = null, string? interestId = null)
    {
        var list = new Entity(TableNames.List)
        {
            [ListFields.ListName] = name,
            [ListFields.Type] = false,
            [ListFields.CreatedFromCode] = new OptionSetValue(memberType),
            [ListFields.SyncEnabled] = mappingType is not null,
        };
        if (mappingType is { } mapping)
        {
            list[ListFields.MappingType] = new OptionSetValue(mapping);
            list[ListFields.AudienceId] = audienceId;
            list[ListFields.TagName] = tagName;
            list[ListFields.InterestId] = interestId;
        }

        return list;
    }
}
