namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>
/// 400 Invalid Resource "Your merge fields were invalid.", with one <c>errors[{field: TAG, message}]</c> item per bad merge
/// field: "Please enter a value" (required and empty), "Please enter a number", "Please enter a complete address".
/// </summary>
/// <remarks>Wording as recorded: ibericode/mailchimp-for-wordpress#545, grouparoo/grouparoo exportRecord.js fixture, verbb/formie#2387.</remarks>
public sealed class MergeFieldsInvalidException : MailchimpProblemException
{
    /// <summary>The field message for a required merge field left empty.</summary>
    public const string EnterValue = "Please enter a value";

    /// <summary>The field message for a number merge field given something else.</summary>
    public const string EnterNumber = "Please enter a number";

    /// <summary>The field message for an address merge field without addr1, city, state and zip.</summary>
    public const string EnterCompleteAddress = "Please enter a complete address";

    private readonly KeyValuePair<string, string>[] _fieldErrors;

    /// <summary>Initializes a new instance of the <see cref="MergeFieldsInvalidException"/> class.</summary>
    /// <param name="email">The member's address (kept in the exception message only).</param>
    /// <param name="fieldErrors">The merge tags and their messages.</param>
    public MergeFieldsInvalidException(string email, IEnumerable<KeyValuePair<string, string>> fieldErrors)
        : base(400, ProblemTitles.InvalidResource, "Your merge fields were invalid.")
    {
        Email = email;
        _fieldErrors = [.. fieldErrors];
    }

    /// <summary>Gets the member's address.</summary>
    public string Email { get; }

    /// <inheritdoc/>
    public override string Message => $"{base.Message} ({Email}: {string.Join(", ", _fieldErrors.Select(e => $"{e.Key} {e.Value}"))})";

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
