using System.Text;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>What a member looked like before a write, so the events it caused can be told after it (<see cref="IsNew"/> for a member the write created).</summary>
internal sealed class MemberChange
{
    private MemberChange(string listId, string? email, string? status, string? profile)
    {
        ListId = listId;
        Email = email;
        Status = status;
        Profile = profile;
    }

    public string ListId { get; }

    public string? Email { get; }

    public string? Status { get; }

    /// <summary>Gets the profile fields (merge values, interests, email type, language) as one comparable text.</summary>
    public string? Profile { get; }

    public bool IsNew => Email is null;

    public static MemberChange Of(string listId, MemberRecord? member) =>
        member is null ? new(listId, null, null, null) : new(listId, member.EmailAddress, member.Status, ProfileOf(member));

    public static string ProfileOf(MemberRecord member)
    {
        var text = new StringBuilder();
        foreach (var (tag, value) in member.MergeFields.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(tag).Append('=').Append(value?.ToJsonString()).Append('\n');
        }

        foreach (var (id, on) in member.Interests.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(id).Append('=').Append(on).Append('\n');
        }

        return text.Append(member.EmailType).Append('\n').Append(member.Language).ToString();
    }
}
