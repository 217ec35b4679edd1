namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>Batch subscribe item refusal (<c>ERROR_CONTACT_EXISTS</c>): an existing address sent without <c>update_existing</c>.</summary>
public sealed class BatchContactExistsException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="BatchContactExistsException"/> class.</summary>
    /// <param name="email">The address already on the list.</param>
    public BatchContactExistsException(string email)
        : base(400, ProblemTitles.MemberExists, $"{email} is already a list member, do you want to update? please provide update_existing:true in the request body")
    {
    }
}
