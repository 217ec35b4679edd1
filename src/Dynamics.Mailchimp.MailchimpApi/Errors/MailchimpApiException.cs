using System.Net;

namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>
/// A Mailchimp call answered with an error status. Carries the problem document (title, detail, status,
/// instance, field errors); when the body was not a problem document (e.g. a bare 403 or 429) the title is the
/// HTTP reason and <see cref="HasProblemDocument"/> is <see langword="false"/>. Never contains credentials.
/// </summary>
public sealed partial class MailchimpApiException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public MailchimpApiException()
        : this("The Mailchimp API call failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MailchimpApiException(string message)
        : base(message)
    {
        Title = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MailchimpApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Title = string.Empty;
    }

    /// <summary>Creates the exception for a failed call.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="resource">The resource path, without query string.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="title">The problem title, or the HTTP reason when there was no problem document.</param>
    /// <param name="detail">The problem detail.</param>
    /// <param name="type">The problem type URL.</param>
    /// <param name="instance">The problem instance (Mailchimp's support id).</param>
    /// <param name="errors">The field errors.</param>
    /// <param name="hasProblemDocument">Whether the body was a problem document.</param>
    public MailchimpApiException(
        string method,
        string resource,
        HttpStatusCode statusCode,
        string title,
        string? detail,
        string? type,
        string? instance,
        IReadOnlyList<MailchimpFieldError> errors,
        bool hasProblemDocument)
        : base(BuildMessage(method, resource, statusCode, title, detail, instance, errors, hasProblemDocument))
    {
        Method = method;
        Resource = resource;
        StatusCode = statusCode;
        Title = title;
        Detail = detail;
        Type = type;
        Instance = instance;
        Errors = errors;
        HasProblemDocument = hasProblemDocument;
    }

    /// <summary>Gets the HTTP method of the failed call.</summary>
    public string? Method { get; }

    /// <summary>Gets the resource path of the failed call.</summary>
    public string? Resource { get; }

    /// <summary>Gets the HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the problem title (see <see cref="MailchimpErrorTitles"/>).</summary>
    public string Title { get; }

    /// <summary>Gets the problem detail.</summary>
    public string? Detail { get; }

    /// <summary>Gets the problem type URL.</summary>
    public string? Type { get; }

    /// <summary>Gets the problem instance, Mailchimp's id for support requests.</summary>
    public string? Instance { get; }

    /// <summary>Gets the field errors.</summary>
    public IReadOnlyList<MailchimpFieldError> Errors { get; } = [];

    /// <summary>Gets a value indicating whether the body was a problem document.</summary>
    public bool HasProblemDocument { get; }

    /// <summary>Gets a value indicating whether the status is 404.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>Gets a value indicating whether Mailchimp throttled the call (429, or a 403 without a problem document).</summary>
    public bool IsThrottled => StatusCode == HttpStatusCode.TooManyRequests || (StatusCode == HttpStatusCode.Forbidden && !HasProblemDocument);

    /// <summary>Gets a value indicating whether the address is already on the list (POST of an existing member).</summary>
    public bool IsMemberExists => HasTitle(MailchimpErrorTitles.MemberExists);

    /// <summary>Gets a value indicating whether the contact is held (self-unsubscribed, cleaned or under review) and cannot be subscribed by the API.</summary>
    public bool IsMemberInComplianceState => HasTitle(MailchimpErrorTitles.MemberInComplianceState);

    /// <summary>Gets a value indicating whether the address was permanently deleted and cannot be re-imported.</summary>
    public bool IsForgottenEmail => HasTitle(MailchimpErrorTitles.ForgottenEmailNotSubscribed);

    /// <summary>Checks the problem title, ignoring case.</summary>
    /// <param name="title">A title, typically from <see cref="MailchimpErrorTitles"/>.</param>
    /// <returns><see langword="true"/> when the titles match.</returns>
    public bool HasTitle(string title) => string.Equals(Title, title, StringComparison.OrdinalIgnoreCase);
}
