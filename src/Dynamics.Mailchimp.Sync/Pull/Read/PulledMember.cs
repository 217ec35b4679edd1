using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>A member of an audience as the pull reads it from Mailchimp.</summary>
/// <param name="AudienceId">The audience (list id).</param>
/// <param name="MemberId">Mailchimp's member id: the subscriber hash of the address.</param>
/// <param name="Email">The address.</param>
/// <param name="Status">The status Mailchimp reports.</param>
/// <param name="LastChanged">Mailchimp's <c>last_changed</c>.</param>
public sealed record PulledMember(string AudienceId, string MemberId, string Email, MemberStatus Status, DateTimeOffset LastChanged)
{
    /// <summary>Gets the reason the person gave when unsubscribing, when Mailchimp reports one.</summary>
    public string? UnsubscribeReason { get; init; }

    /// <summary>Gets the <c>FNAME</c> merge field, when set.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the <c>LNAME</c> merge field, when set.</summary>
    public string? LastName { get; init; }

    /// <summary>"member 5f3c… (ada@…) in audience a1b2…".</summary>
    /// <returns>The member, its address and audience.</returns>
    public override string ToString() => $"member {MemberId} ({Email}) in audience {AudienceId}";
}
