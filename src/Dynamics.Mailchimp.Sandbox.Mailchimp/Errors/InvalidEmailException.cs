namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource "Please provide a valid email address.": an address that is not an address at all (e.g. <c>AAAAA</c>).</summary>
/// <remarks>Wording as recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js.</remarks>
public sealed class InvalidEmailException : MailchimpProblemException
{
    /// <summary>The detail Mailchimp sends.</summary>
    public const string DetailText = "Please provide a valid email address.";

    /// <summary>Initializes a new instance of the <see cref="InvalidEmailException"/> class.</summary>
    /// <param name="email">The malformed address (kept in the exception message only).</param>
    public InvalidEmailException(string email)
        : base(400, ProblemTitles.InvalidResource, DetailText)
    {
        Email = email;
    }

    /// <summary>Gets the malformed address.</summary>
    public string Email { get; }

    /// <inheritdoc/>
    public override string Message => $"{base.Message} ('{Email}')";
}
