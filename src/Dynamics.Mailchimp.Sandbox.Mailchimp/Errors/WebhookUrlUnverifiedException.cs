namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource: the GET that checks a new webhook URL did not get a 2xx answer.</summary>
/// <remarks>
/// The detail is the text quoted from real answers in mailchimp/mailchimp-client-lib-codegen#11 and PipedreamHQ/pipedream#1289
/// ("We couldn't verify the URL is working. Please double check and try again. HTTP Code: 400"). The title and the field
/// error are not recorded with it; the sandbox uses Invalid Resource on <c>url</c> ("Invalid URL", mailchimp/mc-magento#320).
/// With no HTTP answer at all (refused, timed out) the code reads 0, the sandbox's choice.
/// </remarks>
public sealed class WebhookUrlUnverifiedException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors = [new("url", "Invalid URL")];

    /// <summary>Initializes a new instance of the <see cref="WebhookUrlUnverifiedException"/> class.</summary>
    /// <param name="url">The URL checked.</param>
    /// <param name="status">The HTTP status it answered, or 0 for none.</param>
    public WebhookUrlUnverifiedException(Uri url, int status)
        : base(400, ProblemTitles.InvalidResource, $"We couldn't verify the URL is working. Please double check and try again. HTTP Code: {status}")
    {
        Url = url;
    }

    /// <summary>Gets the URL that failed the check.</summary>
    public Uri Url { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
