using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>One row of the append-only consent log (<c>dmc_consentevent</c>).</summary>
/// <param name="Record">The contact, lead or account.</param>
/// <param name="Field">The column that changed (<c>donotbulkemail</c>, <c>donotsendmm</c>, <c>dmc_mailchimpstatus</c>) or <c>listmember</c>.</param>
/// <param name="OldValue">The value before (for a list: its name).</param>
/// <param name="NewValue">The value after (for a list: empty).</param>
/// <param name="MailchimpStatus">The member's status in Mailchimp; <see langword="null"/> when Mailchimp reported none (an address permanently deleted there, a refusal without a status): the row then carries <paramref name="NewValue"/> as the status text.</param>
/// <param name="Reason">Why, naming the record, the audience and, for a list, the list.</param>
/// <param name="OccurredOn">Mailchimp's <c>last_changed</c> (the pull), or when the push saw Mailchimp's answer.</param>
/// <param name="AudienceId">The audience.</param>
/// <param name="MemberId">The member's subscriber hash.</param>
public sealed record ConsentEvent(
    RecordRef Record,
    string Field,
    string? OldValue,
    string? NewValue,
    MemberStatus? MailchimpStatus,
    string Reason,
    DateTimeOffset OccurredOn,
    string AudienceId,
    string MemberId)
{
    /// <summary>Gets the campaign the change came from, when known.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Gets where the change was made.</summary>
    /// <value>Default <see cref="ConsentSource.Mailchimp"/> (the pull); the push logs <see cref="ConsentSource.Crm"/>.</value>
    public ConsentSource Source { get; init; } = ConsentSource.Mailchimp;

    /// <summary>"contact 6f1c…: donotbulkemail false → true".</summary>
    /// <returns>The one-line summary written as the row's name.</returns>
    public string Summary() => $"{Record}: {Field} {OldValue ?? "(empty)"} → {NewValue ?? "(empty)"}";
}
