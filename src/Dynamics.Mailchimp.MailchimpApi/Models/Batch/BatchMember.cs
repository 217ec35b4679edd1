using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>
/// A member as a batch subscribe's answer lists it, reduced to what the client reads: Mailchimp sends each member whole
/// (merge fields, tags, interests, statistics), and reading only these skips the rest of an answer of 500 members
/// instead of building it (and about 100 fewer methods are compiled at run time: issue #9's benchmark).
/// </summary>
public sealed record BatchMember
{
    /// <summary>Gets the subscriber hash.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the address as Mailchimp stored it.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets the status Mailchimp kept (an unsubscribed or cleaned member stays so).</summary>
    public MemberStatus? Status { get; init; }
}
