namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Member Exists: renaming a member to an address already on the list.</summary>
public sealed class EmailTakenException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="EmailTakenException"/> class.</summary>
    /// <param name="email">The new address.</param>
    /// <param name="status">The status of the member already holding it.</param>
    public EmailTakenException(string email, string status)
        : base(400, ProblemTitles.MemberExists, $"{email} is already in this list with a status of \"{status}\".")
    {
    }
}
