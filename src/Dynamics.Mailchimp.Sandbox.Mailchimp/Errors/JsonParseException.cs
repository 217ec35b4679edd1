namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

/// <summary>400 JSON Parse Error for a body that is not a JSON object.</summary>
public sealed class JsonParseException : MailchimpProblemException
{
    /// <summary>Initializes a new instance of the <see cref="JsonParseException"/> class.</summary>
    /// <param name="path">The request path whose body could not be parsed.</param>
    public JsonParseException(string path)
        : base(400, ProblemTitles.JsonParseError, $"We encountered an unspecified JSON parsing error parsing the body of {path}.")
    {
    }
}
