namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource on <c>url</c>: a webhook URL that is not an absolute http or https URL.</summary>
/// <remarks>The field message "Invalid URL" is quoted from a real answer in mailchimp/mc-magento#320.</remarks>
public sealed class InvalidWebhookUrlException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors = [new("url", "Invalid URL")];

    /// <summary>Initializes a new instance of the <see cref="InvalidWebhookUrlException"/> class.</summary>
    /// <param name="url">The URL sent.</param>
    public InvalidWebhookUrlException(string url)
        : base(400, ProblemTitles.InvalidResource, $"The webhook URL '{url}' is not a valid http or https URL.")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
