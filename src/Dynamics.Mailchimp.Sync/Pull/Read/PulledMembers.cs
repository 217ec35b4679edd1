using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>Turns a Mailchimp member, read by the pull's listing or by a webhook's re-read, into the pull's <see cref="PulledMember"/>.</summary>
public static class PulledMembers
{
    /// <summary>The member as the pull's rules see it.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="member">The member as Mailchimp answered.</param>
    /// <param name="fallbackChanged">The time to use when Mailchimp sent no <c>last_changed</c>.</param>
    /// <returns>The pulled member.</returns>
    public static PulledMember From(string audienceId, ListMember member, DateTimeOffset? fallbackChanged)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(
            audienceId,
            string.IsNullOrEmpty(member.Id) ? SubscriberHash.Compute(member.EmailAddress) : member.Id,
            member.EmailAddress,
            member.Status ?? MemberStatus.Subscribed,
            member.LastChanged ?? fallbackChanged ?? DateTimeOffset.MinValue)
        {
            UnsubscribeReason = string.IsNullOrWhiteSpace(member.UnsubscribeReason) ? null : member.UnsubscribeReason,
            FirstName = Text(member, MergeTags.FirstName),
            LastName = Text(member, MergeTags.LastName),
        };
    }

    private static string? Text(ListMember member, string tag) =>
        member.MergeFields?.TryGetValue(tag, out var value) == true && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text.Trim()
            : null;
}
