namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>What a batch upsert did with one input member.</summary>
public enum MemberWriteOutcome
{
    /// <summary>The member was added.</summary>
    Created,

    /// <summary>The existing member was updated.</summary>
    Updated,

    /// <summary>Mailchimp refused the member, or the whole chunk was refused; see the error.</summary>
    Failed,

    /// <summary>Mailchimp reported the address neither as written nor as refused (e.g. a duplicate in the chunk).</summary>
    NotReported,
}
