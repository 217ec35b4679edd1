namespace Dynamics.Mailchimp.Dataverse.Configuration;

/// <summary>A Dataverse connection string could not be parsed. The message names keys, never values.</summary>
public sealed class DataverseConnectionStringException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the key.</param>
    public DataverseConnectionStringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser failure.</param>
    public DataverseConnectionStringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
