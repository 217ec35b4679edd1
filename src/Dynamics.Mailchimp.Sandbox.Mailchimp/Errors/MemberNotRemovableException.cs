namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>405 Method Not Allowed for archiving a member that is already archived, pending or cleaned.</summary>
public sealed class MemberNotRemovableException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="MemberNotRemovableException"/> class.</summary>
    /// <param name="email">The member's address.</param>
    /// <param name="status">The member's current status.</param>
    public MemberNotRemovableException(string email, string status)
        : base(405, ProblemTitles.MethodNotAllowed, $"This list member cannot be removed ({email} has status \"{status}\").")
    {
    }
}
