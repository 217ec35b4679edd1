using System.Globalization;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Benchmarks.Dynamic;

/// <summary>
/// Seeds both stores in-process (no API calls): a synced dynamic contact list "Berlin" (<c>address1_city = Berlin</c>,
/// no mapping, so the tag named after it), N contacts in Berlin and ceil(N/10) elsewhere; in Mailchimp every contact
/// is a subscribed member, and the Berlin ones carry the tag, except a drift of d = ceil(N/1000) on each side: the first
/// d Berlin contacts are missing (additions) and the first d others still carry the tag (removals). The first run
/// evaluates and diffs all N and corrects the drift; the second finds nothing. The list is in its steady state, as if
/// everything the plug-ins queued had been pushed before: the writes bypass the custom plug-ins, so the queue is empty
/// (otherwise the list's creation and every contact's would queue rows that re-push the whole list).
/// </summary>
public static class DynamicSeed
{
    /// <summary>The dynamic list's name, and so its tag's.</summary>
    public const string ListName = "Berlin";

    /// <summary>The contact column the list filters on.</summary>
    public const string CityColumn = "address1_city";

    /// <summary>The list's FetchXML, as the marketing-list designer saves it.</summary>
    public const string Query =
        "<fetch version=\"1.0\" output-format=\"xml-platform\" mapping=\"logical\"><entity name=\"contact\"><attribute name=\"fullname\" />" +
        "<filter type=\"and\"><condition attribute=\"" + CityColumn + "\" operator=\"eq\" value=\"" + ListName + "\" /></filter></entity></fetch>";

    private const string Elsewhere = "Paris";
    private const int ContactMemberType = 2;

    /// <summary>Gets d, the members added and the members removed by the first run: ceil(N/1000).</summary>
    /// <param name="n">The list's size.</param>
    /// <returns>The drift on each side.</returns>
    public static int Drift(int n) => (n + 999) / 1000;

    /// <summary>Gets the contacts that do not match: ceil(N/10), at least d.</summary>
    /// <param name="n">The list's size.</param>
    /// <returns>The count.</returns>
    public static int Others(int n) => Math.Max((n + 9) / 10, Drift(n));

    /// <summary>Seeds both stores.</summary>
    /// <param name="mailchimp">The Mailchimp sandbox.</param>
    /// <param name="dataverse">The Dataverse sandbox.</param>
    /// <param name="n">The contacts matching the list.</param>
    /// <returns><paramref name="n"/>.</returns>
    public static int Apply(MailchimpSandbox mailchimp, DataverseSandbox dataverse, int n)
    {
        ArgumentNullException.ThrowIfNull(mailchimp);
        ArgumentNullException.ThrowIfNull(dataverse);
        var drift = Drift(n);
        var service = dataverse.Organization.CreateService(new CallerOptions(dataverse.Tokens.AdminUserId, BypassCustomPlugins: true).WithPrivilege(PrivilegeNames.BypassCustomPlugins));
        service.Create(new Entity(TableNames.List)
        {
            [ListFields.ListName] = ListName,
            [ListFields.Type] = true,
            [ListFields.Query] = Query,
            [ListFields.CreatedFromCode] = new OptionSetValue(ContactMemberType),
            [ListFields.SyncEnabled] = true,
            [ListFields.AudienceId] = MailchimpSandboxDefaults.AudienceId,
        });
        var berlin = Contacts(service, "berlin", ListName, n);
        var others = Contacts(service, "elsewhere", Elsewhere, Others(n));
        string[] tag = [ListName];
        mailchimp.Controls.SeedSubscribed(MailchimpSandboxDefaults.AudienceId, berlin.Skip(drift).Concat(others.Take(drift)), tag);
        mailchimp.Controls.SeedSubscribed(MailchimpSandboxDefaults.AudienceId, others.Skip(drift), []);
        return n;
    }

    private static List<string> Contacts(IOrganizationService service, string prefix, string city, int count)
    {
        var emails = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D6}@brightfield-labs.com");
            service.Create(new Entity(TableNames.Contact) { [PersonFields.LastName] = email[..(prefix.Length + 6)], [MemberFields.EmailAddress1] = email, [CityColumn] = city });
            emails.Add(email);
        }

        return emails;
    }
}
