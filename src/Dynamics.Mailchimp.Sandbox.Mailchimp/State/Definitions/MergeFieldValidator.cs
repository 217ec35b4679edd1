using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

/// <summary>Checks the merge values of a write against the audience's merge-field definitions.</summary>
internal static class MergeFieldValidator
{
    /// <summary>Refuses a write that leaves a required merge field empty, unless validation is skipped.</summary>
    public static void RequireValues(DefinitionSet definitions, JsonObject? mergeFields, bool skip, string email)
    {
        if (skip)
        {
            return;
        }

        var missing = definitions.MergeFields
            .Where(f => f.Required)
            .Where(f => mergeFields?.FirstOrDefault(p => string.Equals(p.Key, f.Tag, StringComparison.OrdinalIgnoreCase)).Value is not { } value
                || (value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)))
            .Select(f => f.Tag)
            .ToList();
        if (missing.Count > 0)
        {
            throw new MergeFieldsInvalidException(email, missing);
        }
    }
}
