namespace Dynamics.Mailchimp.Packer;

/// <summary>An input of the pack is missing or unusable; the message names the file.</summary>
public sealed class PackSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    public PackSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">The cause.</param>
    public PackSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
