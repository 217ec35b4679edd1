namespace Dynamics.Mailchimp.Cli;

/// <summary>The exit codes every <c>dmc</c> verb returns; documented in the README for schedulers.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The run finished but some items failed (they keep their error and are retried on a later run).</summary>
    public const int ItemsFailed = 1;

    /// <summary>Configuration or usage error: fix the settings or the command line.</summary>
    public const int ConfigurationError = 2;

    /// <summary>A service could not be reached, or refused the credentials.</summary>
    public const int ServiceUnavailable = 3;
}
