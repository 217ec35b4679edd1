namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource "Your merge fields were invalid.": required merge fields left empty on a new member.</summary>
public sealed class MergeFieldsInvalidException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors;

    /// <summary>Initializes a new instance of the <see cref="MergeFieldsInvalidException"/> class.</summary>
    /// <param name="email">The address being added (kept in the exception message only).</param>
    /// <param name="missingTags">The merge tags that need a value.</param>
    public MergeFieldsInvalidException(string email, IEnumerable<string> missingTags)
        : base(400, ProblemTitles.InvalidResource, "Your merge fields were invalid.")
    {
        Email = email;
        _fieldErrors = [.. missingTags.Select(tag => new KeyValuePair<string, string>(tag, "Please enter a value"))];
    }

    /// <summary>Gets the address being added.</summary>
    public string Email { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
