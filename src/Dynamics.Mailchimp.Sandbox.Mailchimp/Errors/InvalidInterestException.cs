namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource "Invalid interest ID: '…'.": a write names an interest the audience does not have.</summary>
/// <remarks>Wording as quoted from a real response in drewm/mailchimp-api#294.</remarks>
public sealed class InvalidInterestException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidInterestException"/> class.</summary>
    /// <param name="interestId">The unknown interest id.</param>
    public InvalidInterestException(string interestId)
        : base(400, ProblemTitles.InvalidResource, $"Invalid interest ID: '{interestId}'.")
    {
    }
}
