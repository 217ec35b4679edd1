using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// The mappings that work without configuration: contact and lead first and last name to FNAME and LNAME, the
/// account's name to FNAME (greetings read "Hi Contoso"; new audiences have no company field). The address itself is
/// the member's <c>email_address</c>, not a merge field.
/// </summary>
public static class MergeFieldDefaults
{
    /// <summary>Gets the default mappings of all three tables.</summary>
    public static IReadOnlyList<MergeFieldMapping> All { get; } =
    [
        new(TableNames.Contact, PersonFields.FirstName, MergeTags.FirstName),
        new(TableNames.Contact, PersonFields.LastName, MergeTags.LastName),
        new(TableNames.Lead, PersonFields.FirstName, MergeTags.FirstName),
        new(TableNames.Lead, PersonFields.LastName, MergeTags.LastName),
        new(TableNames.Account, AccountFields.Name, MergeTags.FirstName),
    ];
}
