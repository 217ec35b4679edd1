namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Member In Compliance State: subscribing a contact who unsubscribed themselves or was cleaned.</summary>
public sealed class MemberInComplianceStateException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="MemberInComplianceStateException"/> class.</summary>
    /// <param name="email">The email address concerned.</param>
    public MemberInComplianceStateException(string email)
        : base(400, ProblemTitles.MemberInComplianceState, $"{email} is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.")
    {
    }
}
