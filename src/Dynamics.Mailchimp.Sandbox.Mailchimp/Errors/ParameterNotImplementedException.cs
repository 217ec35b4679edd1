namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>501: a query parameter or body field that Mailchimp documents but the sandbox does not implement, so it is never silently ignored.</summary>
public sealed class ParameterNotImplementedException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="ParameterNotImplementedException"/> class.</summary>
    /// <param name="kind">"query parameter" or "body field".</param>
    /// <param name="name">The parameter or field name.</param>
    /// <param name="route">The method and route template, e.g. <c>GET /lists/{list_id}/members</c>.</param>
    public ParameterNotImplementedException(string kind, string name, string route)
        : base(501, ProblemTitles.NotImplemented, $"The sandbox does not implement the {kind} '{name}' of {route}.")
    {
        Name = name;
    }

    /// <summary>Gets the parameter or field name.</summary>
    public string Name { get; }
}
