namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>A successful response did not have the shape the Web API contract promises (e.g. no <c>OData-EntityId</c>).</summary>
public sealed class DataverseResponseFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was missing, naming the request.</param>
    public DataverseResponseFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The parse failure.</param>
    public DataverseResponseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
