namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>What <c>dmc register</c> reads is missing or unusable: the plug-in assembly, or a message or table the organization lacks.</summary>
public sealed class RegisterSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegisterSourceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file, message or table.</param>
    public RegisterSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file, message or table.</param>
    /// <param name="innerException">The cause.</param>
    public RegisterSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
