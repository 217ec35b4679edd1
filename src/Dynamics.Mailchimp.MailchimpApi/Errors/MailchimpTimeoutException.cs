namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>
/// A Mailchimp call did not finish in time: an attempt hit <c>Timeout</c> and no retry was allowed or left, or the
/// whole call hit <c>TotalTimeout</c>. The message names the method and resource.
/// </summary>
public sealed class MailchimpTimeoutException : TimeoutException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public MailchimpTimeoutException()
        : base("A Mailchimp call timed out.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MailchimpTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause (the resilience pipeline's timeout rejection).</param>
    public MailchimpTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a timed-out call.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="resource">The resource path.</param>
    /// <param name="innerException">The cause.</param>
    public MailchimpTimeoutException(string method, string resource, Exception innerException)
        : base($"Mailchimp {method} {resource} timed out: {innerException.Message}", innerException)
    {
        Method = method;
        Resource = resource;
    }

    /// <summary>Gets the HTTP method of the call.</summary>
    public string? Method { get; }

    /// <summary>Gets the resource path of the call.</summary>
    public string? Resource { get; }
}
