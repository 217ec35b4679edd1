using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>Add or update one member: what Execute sends in a batch subscribe (or, for a rename, a PATCH first).</summary>
public sealed record UpsertPlan
{
    /// <summary>Gets the address, as written on the record.</summary>
    public required string Email { get; init; }

    /// <summary>
    /// Gets the address Mailchimp knows the member by when the email changed: the member is renamed in place (it keeps
    /// its history). If the new address is already a member, Execute reports a per-item error.
    /// </summary>
    public string? PreviousEmail { get; init; }

    /// <summary>Gets the status a new member gets (<c>status_if_new</c>).</summary>
    public required MemberStatus StatusIfNew { get; init; }

    /// <summary>Gets the status to set on an existing member (<c>status</c>); <see langword="null"/> keeps it.</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>Gets the merge fields by tag, as text; an empty string clears the field.</summary>
    public IReadOnlyDictionary<string, string> MergeFields { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the interests to set, by interest id.</summary>
    public IReadOnlyDictionary<string, bool> Interests { get; init; } = new Dictionary<string, bool>();

    /// <summary>Gets a value indicating whether the member must already exist: Execute sends it so Mailchimp cannot create it.</summary>
    public bool UpdateOnly { get; init; }
}
