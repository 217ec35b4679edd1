using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Member field validation and application.</summary>
internal sealed partial class SandboxStore
{
    private static void ValidateStatus(string? status)
    {
        if (status is null || !MemberStatus.Writable.Contains(status))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "status", $"Value '{status}' is not one of {string.Join(", ", MemberStatus.Writable)}.");
        }
    }

    private static void ApplyFields(AudienceState audience, MemberRecord member, MemberWrite write)
    {
        member.EmailType = write.EmailType ?? member.EmailType;
        member.Language = write.Language ?? member.Language;
        member.Vip = write.Vip ?? member.Vip;
        member.IpSignup = write.IpSignup ?? member.IpSignup;
        member.IpOpt = write.IpOpt ?? member.IpOpt;
        foreach (var (tag, value) in write.MergeFields ?? [])
        {
            if (audience.MergeFields.Any(f => string.Equals(f.Tag, tag, StringComparison.OrdinalIgnoreCase)))
            {
                member.MergeFields[tag] = value?.DeepClone();
            }
        }

        foreach (var (id, value) in write.Interests ?? [])
        {
            if (audience.Interests.Any(i => i.Id == id) && value is JsonValue v && v.TryGetValue<bool>(out var on))
            {
                member.Interests[id] = on;
            }
        }
    }

    private static void RequireMergeFields(AudienceState audience, MemberWrite write, string email)
    {
        if (write.SkipMergeValidation)
        {
            return;
        }

        var missing = audience.MergeFields
            .Where(f => f.Required)
            .Where(f => write.MergeFields?.FirstOrDefault(p => string.Equals(p.Key, f.Tag, StringComparison.OrdinalIgnoreCase)).Value is not { } value
                || (value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)))
            .Select(f => f.Tag)
            .ToList();
        if (missing.Count > 0)
        {
            throw new MergeFieldsInvalidException(email, missing);
        }
    }
}
