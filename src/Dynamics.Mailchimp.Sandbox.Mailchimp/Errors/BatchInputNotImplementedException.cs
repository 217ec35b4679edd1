namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>501 for a body field or query parameter of the batch endpoints that the emulator does not implement.</summary>
public sealed class BatchInputNotImplementedException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="BatchInputNotImplementedException"/> class.</summary>
    /// <param name="kind">What the input is, e.g. <c>field</c> or <c>query parameter</c>.</param>
    /// <param name="names">The input names, e.g. <c>operations.item:0.headers</c>.</param>
    /// <param name="request">The method and path, e.g. <c>POST /3.0/batches</c>.</param>
    public BatchInputNotImplementedException(string kind, IReadOnlyList<string> names, string request)
        : base(501, ProblemTitles.NotImplemented, $"The {kind} {string.Join(", ", names.Select(n => $"'{n}'"))} of {request} is not implemented in the emulator.")
    {
        Names = names;
    }

    /// <summary>Gets the names of the inputs that are not implemented.</summary>
    public IReadOnlyList<string> Names { get; }
}
