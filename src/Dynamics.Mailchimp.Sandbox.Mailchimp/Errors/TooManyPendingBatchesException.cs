namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>429 Too Many Requests for a <c>POST /batches</c> while the key already has the maximum of unfinished batches.</summary>
/// <remarks>https://mailchimp.com/developer/release-notes/batch-api-limit-now-considers-pending-batch-webhooks/ (500 pending batches).</remarks>
public sealed class TooManyPendingBatchesException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="TooManyPendingBatchesException"/> class.</summary>
    /// <param name="limit">The number of unfinished batches allowed.</param>
    public TooManyPendingBatchesException(int limit)
        : base(429, ProblemTitles.TooManyRequests, $"You have reached the limit of {limit} pending batch operations. Wait for a batch to finish before you submit another.")
    {
    }
}
