namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>
/// SdkMessageId values (the same in every organization) for the messages the connector registers steps on.
/// Only ids a recorded source gives are listed: Create, Update, AddMember and AddListMembers from real exported solutions
/// (Campaign Monitor for Dynamics and Newsman for Dynamics CRM customizations.xml, recorded in
/// /work/shared/reference/dataverse.md §7); Delete from the recorded <c>sdkmessagefilters</c> response of a real
/// organization in Microsoft's "Use messages with the SDK for .NET" page (MicrosoftDocs/powerapps-docs,
/// powerapps-docs/developer/data-platform/org-service/use-messages.md, "Messages supported by a table"), which gives
/// Create and Update with the same ids as the exported solutions. RemoveMember, RemoveListMembers and AddMembersBatch
/// have no public recorded id (searched: exported customizations.xml files, Microsoft's docs and samples); <c>dmc register</c>
/// looks every message up by name in the organization instead. A message missing here is packed without
/// SdkMessageId and reported as a warning: confirm its id in an organization with
/// <c>GET /api/data/v9.2/sdkmessages?$select=sdkmessageid&amp;$filter=name eq '&lt;message&gt;'</c> before adding it,
/// because a wrong id fails the import.
/// </summary>
public static class SdkMessageIds
{
    private static readonly Dictionary<string, Guid> Known = new(StringComparer.Ordinal)
    {
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["AddMember"] = new Guid("87bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["AddListMembers"] = new Guid("20e3c979-fce7-4b21-9d31-ae197ce8acbd"),
    };

    /// <summary>The id of <paramref name="message"/>, or null when no recorded source gives it.</summary>
    /// <param name="message">The SdkMessage name, for example <c>Update</c>.</param>
    /// <returns>The id, or null.</returns>
    public static Guid? Find(string message) => Known.TryGetValue(message, out var id) ? id : null;

    /// <summary>The message whose id is <paramref name="id"/>, or null when it is not listed.</summary>
    /// <param name="id">An SdkMessageId.</param>
    /// <returns>The message name, or null.</returns>
    public static string? NameOf(Guid id) => Known.FirstOrDefault(p => p.Value == id).Key;
}
