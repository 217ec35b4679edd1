using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>The merge fields every new audience gets: FNAME, LNAME, ADDRESS, PHONE.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/docs/merge-fields/</remarks>
internal static class DefaultMergeFields
{
    public static void AddTo(DefinitionSet definitions)
    {
        definitions.MergeFields.Add(new(1, "FNAME", "First Name", "text", false, string.Empty, true, 1, new JsonObject { ["size"] = 25 }, string.Empty));
        definitions.MergeFields.Add(new(2, "LNAME", "Last Name", "text", false, string.Empty, true, 2, new JsonObject { ["size"] = 25 }, string.Empty));
        definitions.MergeFields.Add(new(3, "ADDRESS", "Address", "address", false, string.Empty, true, 3, new JsonObject { ["default_country"] = 164 }, string.Empty));
        definitions.MergeFields.Add(new(4, "PHONE", "Phone Number", "phone", false, string.Empty, true, 4, new JsonObject { ["phone_format"] = "none" }, string.Empty));
    }
}
