namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>
/// Thrown when a Mailchimp API key or server prefix does not have the documented shape.
/// The message describes the expected shape and never repeats the rejected value.
/// </summary>
public sealed class MailchimpApiKeyFormatException : FormatException
{
    /// <summary>Creates the exception with the default message.</summary>
    public MailchimpApiKeyFormatException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">A description of the problem; must not contain the secret.</param>
    public MailchimpApiKeyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">A description of the problem; must not contain the secret.</param>
    /// <param name="innerException">The cause.</param>
    public MailchimpApiKeyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The message used for a malformed API key.</summary>
    public const string DefaultMessage =
        "The Mailchimp API key is malformed: expected '<key>-<dc>', an alphanumeric key, a dash and the " +
        "data-centre prefix such as 'us19'. The rejected value is not shown.";
}
