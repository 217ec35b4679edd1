namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Forgotten Email Not Subscribed: any write to a permanently deleted address.</summary>
public sealed class ForgottenEmailException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="ForgottenEmailException"/> class.</summary>
    /// <param name="email">The email address concerned.</param>
    public ForgottenEmailException(string email)
        : base(400, ProblemTitles.ForgottenEmailNotSubscribed, $"{email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.")
    {
    }
}
