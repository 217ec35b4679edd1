namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 Invalid Resource: the list already has a webhook at this URL (its query string aside).</summary>
/// <remarks>
/// "A url may only exist on a list once" (Mailchimp API 1.3 <c>listWebhookAdd</c>, in thinkshout/mailchimp <c>MCAPI.class.php</c>);
/// two webhooks with the same URL and different query parameters are refused too (mailchimp/mailchimp-client-lib-codegen#11).
/// The v3 error text is not recorded: the title and detail here are the sandbox's (strict reading).
/// </remarks>
public sealed class WebhookUrlExistsException : MailchimpProblemException
{
    private readonly KeyValuePair<string, string>[] _fieldErrors;

    /// <summary>Initializes a new instance of the <see cref="WebhookUrlExistsException"/> class.</summary>
    /// <param name="listId">The list.</param>
    /// <param name="url">The URL sent.</param>
    public WebhookUrlExistsException(string listId, Uri url)
        : base(400, ProblemTitles.InvalidResource, $"The list {listId} already has a webhook at {url.GetLeftPart(UriPartial.Path)}.")
    {
        _fieldErrors = [new("url", "A webhook with this URL already exists on this list.")];
    }

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, string>> FieldErrors => _fieldErrors;
}
