using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>The field-level member rules: which statuses a write may set, known interests, and how sent fields are stored.</summary>
internal static class MemberFields
{
    /// <summary>The field message for a write that sets <c>cleaned</c>, which only Mailchimp does (on bounces).</summary>
    public const string CleanedNotWritable = "The status 'cleaned' is set by Mailchimp when an address bounces; it cannot be written.";

    public static void ValidateStatus(string? status)
    {
        if (status == MemberStatus.Cleaned)
        {
            throw new InvalidResourceException(
                "The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "status", CleanedNotWritable);
        }

        if (status is null || !MemberStatus.Writable.Contains(status))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "status", $"Value '{status}' is not one of {string.Join(", ", MemberStatus.Writable)}.");
        }
    }

    /// <summary>An unknown interest id refuses the whole write (drewm/mailchimp-api#294).</summary>
    public static void RequireKnownInterests(DefinitionSet set, MemberWrite write)
    {
        foreach (var (id, _) in write.Interests ?? [])
        {
            if (!set.Interests.Any(i => i.Id == id))
            {
                throw new InvalidInterestException(id);
            }
        }
    }

    public static void Apply(DefinitionSet set, MemberRecord member, MemberWrite write)
    {
        member.EmailType = write.EmailType ?? member.EmailType;
        member.Language = write.Language ?? member.Language;
        member.Vip = write.Vip ?? member.Vip;
        member.IpSignup = write.IpSignup ?? member.IpSignup;
        member.IpOpt = write.IpOpt ?? member.IpOpt;
        foreach (var (tag, value) in write.MergeFields ?? [])
        {
            if (set.FindMergeField(tag) is { } field)
            {
                member.MergeFields[field.Tag] = MergeFieldValidator.Stored(field, value);
            }
        }

        foreach (var (id, value) in write.Interests ?? [])
        {
            if (value is JsonValue v && v.TryGetValue<bool>(out var on))
            {
                member.Interests[id] = on;
            }
        }
    }
}
