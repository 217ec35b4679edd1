using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Record;

/// <summary>Entity set names of the member tables the Record step writes the Mailchimp id and status on.</summary>
public static class RecordWebApiNames
{
    /// <summary>The entity set of <c>contact</c>.</summary>
    public const string ContactSet = "contacts";

    /// <summary>The entity set of <c>lead</c>.</summary>
    public const string LeadSet = "leads";

    /// <summary>The entity set of <c>account</c>.</summary>
    public const string AccountSet = "accounts";

    /// <summary>The entity set of a member table.</summary>
    /// <param name="table">contact, lead or account.</param>
    /// <returns>The entity set name.</returns>
    public static string EntitySet(string table) => table switch
    {
        TableNames.Contact => ContactSet,
        TableNames.Lead => LeadSet,
        TableNames.Account => AccountSet,
        _ => throw new ArgumentException($"'{table}' is not a member table (contact, lead, account).", nameof(table)),
    };
}
