namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>405 Method Not Allowed, with <c>Allow: GET, PUT</c>, for archiving a member that is already archived, pending or cleaned.</summary>
/// <remarks>Wording and header as recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js.</remarks>
public sealed class MemberNotRemovableException : MailchimpProblemException
{
    /// <summary>The methods a member that cannot be removed still allows.</summary>
    public const string AllowedMethods = "GET, PUT";

    /// <summary>Initializes a new instance of the <see cref="MemberNotRemovableException"/> class.</summary>
    /// <param name="email">The member's address (kept in the exception message only).</param>
    /// <param name="status">The member's current status.</param>
    public MemberNotRemovableException(string email, string status)
        : base(405, ProblemTitles.MethodNotAllowed, "This list member cannot be removed. Can not archive a contact that is bounced, pending or archived")
    {
        Email = email;
        MemberStatus = status;
    }

    /// <summary>Gets the member's address.</summary>
    public string Email { get; }

    /// <summary>Gets the member's status.</summary>
    public string MemberStatus { get; }

    /// <inheritdoc/>
    public override string Message => $"{base.Message} ({Email} has status \"{MemberStatus}\")";

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> Headers => [new("Allow", AllowedMethods)];
}
