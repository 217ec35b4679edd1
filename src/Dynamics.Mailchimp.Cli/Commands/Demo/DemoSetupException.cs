namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>A sandbox refused one of the demo's own setup calls (seeding or a CRM change); the message names the call.</summary>
public sealed class DemoSetupException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DemoSetupException"/> class.</summary>
    public DemoSetupException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DemoSetupException"/> class.</summary>
    /// <param name="message">What was refused.</param>
    public DemoSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DemoSetupException"/> class.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The cause.</param>
    public DemoSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
