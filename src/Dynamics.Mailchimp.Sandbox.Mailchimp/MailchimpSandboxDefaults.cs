namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>The sandbox's default values.</summary>
public static class MailchimpSandboxDefaults
{
    /// <summary>The default API key (32 hex characters, a dash and the data-centre prefix).</summary>
    public const string ApiKey = "0123456789abcdef0123456789abcdef-us21";

    /// <summary>The id of the default audience.</summary>
    public const string AudienceId = "a1b2c3d4e5";

    /// <summary>The name of the default audience.</summary>
    public const string AudienceName = "Sandbox Audience";

    /// <summary>Mailchimp's simultaneous connection limit per user.</summary>
    public const int MaxConcurrentConnections = 10;

    /// <summary>The path prefix of the test and demo controls.</summary>
    public const string ControlsPrefix = "/_sandbox";

    /// <summary>The path prefix of the emulated API.</summary>
    public const string ApiPrefix = "/3.0";
}
