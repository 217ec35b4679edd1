namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource: an address that looks fake or invalid.</summary>
public sealed class FakeEmailException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="FakeEmailException"/> class.</summary>
    /// <param name="email">The email address concerned.</param>
    public FakeEmailException(string email)
        : base(400, ProblemTitles.InvalidResource, $"{email} looks fake or invalid, please enter a real email address.")
    {
    }
}
