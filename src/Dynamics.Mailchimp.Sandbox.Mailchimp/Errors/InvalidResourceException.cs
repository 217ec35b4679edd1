namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource for a request that fails validation; carries <c>errors[{field,message}]</c>.</summary>
public sealed class InvalidResourceException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors;

    /// <summary>Initializes a new instance of the <see cref="InvalidResourceException"/> class.</summary>
    /// <param name="detail">The detail text.</param>
    /// <param name="field">The offending field, or empty.</param>
    /// <param name="message">The field message, or empty.</param>
    public InvalidResourceException(string detail, string field = "", string message = "")
        : base(400, ProblemTitles.InvalidResource, detail)
    {
        _fieldErrors = field.Length == 0 ? [] : [new(field, message)];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
