namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>
/// A batch-subscribe item whose address already appeared earlier in the same request, without <c>skip_duplicate_check</c>;
/// reported in the batch's <c>errors</c>, never as a response of its own.
/// </summary>
/// <remarks>The wording is the sandbox's own: Mailchimp documents the parameter, not this error's text.</remarks>
public sealed class BatchDuplicateException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="BatchDuplicateException"/> class.</summary>
    /// <param name="email">The repeated address.</param>
    public BatchDuplicateException(string email)
        : base(400, ProblemTitles.InvalidResource, $"{email} appears more than once in this request; only its first appearance was saved.")
    {
    }
}
