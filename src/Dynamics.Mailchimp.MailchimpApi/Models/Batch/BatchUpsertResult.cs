namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>The per-member results of a chunked batch upsert: one item per input member, in input order.</summary>
/// <param name="Items">The results.</param>
/// <param name="CallCount">How many batch-subscribe calls were made.</param>
public sealed record BatchUpsertResult(IReadOnlyList<MemberWriteResult> Items, int CallCount)
{
    /// <summary>Gets the number of members created.</summary>
    public int Created => Items.Count(item => item.Outcome == MemberWriteOutcome.Created);

    /// <summary>Gets the number of members updated.</summary>
    public int Updated => Items.Count(item => item.Outcome == MemberWriteOutcome.Updated);

    /// <summary>Gets the number of members refused.</summary>
    public int Failed => Items.Count(item => item.Outcome == MemberWriteOutcome.Failed);

    /// <summary>Gets the failures.</summary>
    public IEnumerable<MemberWriteResult> Failures => Items.Where(item => item.Outcome == MemberWriteOutcome.Failed);
}
