namespace Dynamics.Mailchimp.Sandbox.Xrm.Faults;

/// <summary>The in-memory service met something it does not implement; it fails loudly rather than guess.</summary>
public sealed class NotSupportedByInMemoryServiceException : NotSupportedException
{
    /// <summary>Creates the exception for <paramref name="feature"/>.</summary>
    public NotSupportedByInMemoryServiceException(string feature)
        : base($"{feature} is not supported by the in-memory service.")
    {
        Feature = feature;
    }

    /// <summary>What is missing.</summary>
    public string Feature { get; }
}
