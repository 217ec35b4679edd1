namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>
/// A member to add or update, used by the single upsert (<c>PUT …/members/{hash}</c>) and by batch subscribe.
/// <see cref="StatusIfNew"/> applies only when the address is new; set <see cref="Status"/> to change an existing member.
/// </summary>
public sealed record MemberUpsert
{
    /// <summary>Gets the email address.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Gets the status to set on an existing member; <see langword="null"/> keeps it.</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>Gets the status given to a new member.</summary>
    /// <value>Default <see cref="MemberStatus.Subscribed"/>.</value>
    public MemberStatus? StatusIfNew { get; init; } = MemberStatus.Subscribed;

    /// <summary>Gets the email type, <c>html</c> or <c>text</c>.</summary>
    public string? EmailType { get; init; }

    /// <summary>Gets merge-field values by tag: string, number or <see cref="MemberAddress"/>.</summary>
    public IReadOnlyDictionary<string, object?>? MergeFields { get; init; }

    /// <summary>Gets interest memberships by interest id.</summary>
    public IReadOnlyDictionary<string, bool>? Interests { get; init; }

    /// <summary>Gets the language code.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a value indicating whether the member is a VIP.</summary>
    public bool? Vip { get; init; }
}
