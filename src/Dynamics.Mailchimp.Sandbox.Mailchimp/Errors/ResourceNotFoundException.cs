namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>404 Resource Not Found for an unknown list, member, segment, campaign or category.</summary>
public sealed class ResourceNotFoundException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="ResourceNotFoundException"/> class.</summary>
    /// <param name="resource">Names the missing resource, e.g. <c>list a1b2c3d4e5</c> (kept in the exception message only).</param>
    public ResourceNotFoundException(string resource)
        : base(404, ProblemTitles.ResourceNotFound, "The requested resource could not be found.")
    {
        Resource = resource;
    }

    /// <summary>Gets the name of the missing resource.</summary>
    public string Resource { get; }
}
