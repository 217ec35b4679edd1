namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>The address given to <c>forget</c> is not an email address. The message does not repeat it.</summary>
public sealed class ErasureAddressException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ErasureAddressException"/> class.</summary>
    public ErasureAddressException()
        : base("The address to forget is not an email address (one '@', a dotted domain, no spaces, at most 254 characters).")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ErasureAddressException"/> class.</summary>
    /// <param name="message">The message; never the address.</param>
    public ErasureAddressException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ErasureAddressException"/> class.</summary>
    /// <param name="message">The message; never the address.</param>
    /// <param name="innerException">The cause.</param>
    public ErasureAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
