namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Member Exists: POST of an address already on the list (archived included).</summary>
public sealed class MemberExistsException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="MemberExistsException"/> class.</summary>
    /// <param name="email">The email address concerned.</param>
    public MemberExistsException(string email)
        : base(400, ProblemTitles.MemberExists, $"{email} is already a list member. Use PUT to insert or update list members.")
    {
    }
}
