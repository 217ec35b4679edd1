namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>Base type of the failures the emulator answers with a Mailchimp problem document.</summary>
public abstract class MailchimpProblemException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="MailchimpProblemException"/> class.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">The Mailchimp error title.</param>
    /// <param name="detail">The detail text, naming the resource.</param>
    protected MailchimpProblemException(int status, string title, string detail)
        : base($"{title}: {detail}")
    {
        Status = status;
        Title = title;
        Detail = detail;
    }

    /// <summary>Gets the HTTP status.</summary>
    public int Status { get; }

    /// <summary>Gets the Mailchimp error title.</summary>
    public string Title { get; }

    /// <summary>Gets the detail text.</summary>
    public string Detail { get; }

    /// <summary>Gets the field errors (<c>errors[]</c>), empty when none.</summary>
    public virtual IReadOnlyList<KeyValuePair<string, string>> FieldErrors => [];

    /// <summary>Gets the response headers the problem carries besides the problem document (e.g. <c>Allow</c> on 405), empty when none.</summary>
    public virtual IReadOnlyList<KeyValuePair<string, string>> Headers => [];
}
