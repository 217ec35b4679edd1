namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>A webhook form that is not a Mailchimp list event: a key is missing or a value cannot be read.</summary>
public sealed class WebhookPayloadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="WebhookPayloadException"/> class.</summary>
    public WebhookPayloadException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebhookPayloadException"/> class.</summary>
    /// <param name="message">What is wrong, naming the form key (never its value: it may be an address).</param>
    public WebhookPayloadException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebhookPayloadException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookPayloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
