namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>
/// 400 Invalid Resource for a <c>POST /batches</c> whose operations fail validation; one <c>errors[]</c> entry per bad
/// operation, named <c>operations.item:&lt;index&gt;</c> as Mailchimp names them.
/// </summary>
/// <remarks>Recorded: GH mailchimp/mc-magento2/issues/467 and /376 ("operations.item:283 : Schema describes object, array found instead").</remarks>
public sealed class BatchOperationsInvalidException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors;

    /// <summary>Initializes a new instance of the <see cref="BatchOperationsInvalidException"/> class.</summary>
    /// <param name="fieldErrors">The field errors, e.g. <c>operations.item:3</c> → the message.</param>
    public BatchOperationsInvalidException(IReadOnlyList<KeyValuePair<string, string>> fieldErrors)
        : base(400, ProblemTitles.InvalidResource, "The resource submitted could not be validated. For field-specific details, see the 'errors' array.")
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        _fieldErrors = [.. fieldErrors];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
