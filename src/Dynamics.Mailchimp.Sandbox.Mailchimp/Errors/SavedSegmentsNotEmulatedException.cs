namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>501: saved (condition-based) segments are not emulated; only static segments (tags) are.</summary>
public sealed class SavedSegmentsNotEmulatedException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="SavedSegmentsNotEmulatedException"/> class.</summary>
    /// <param name="path">The request path.</param>
    public SavedSegmentsNotEmulatedException(string path)
        : base(501, ProblemTitles.NotImplemented, $"POST {path} with 'options' (a saved segment) is not implemented in the emulator; send 'static_segment'.")
    {
    }
}
