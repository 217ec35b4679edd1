using System.CommandLine;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// The flags every verb that talks to the services takes. Each overrides the setting of the same meaning from the
/// settings file, environment variables and user secrets.
/// </summary>
public static class ConnectionFlags
{
    /// <summary><c>--settings</c>: the JSON settings file.</summary>
    public static readonly Option<FileInfo?> Settings = new("--settings")
    {
        Description = $"JSON settings file (default: {DmcConfiguration.DefaultSettingsFile} in the current folder, if present).",
        Recursive = true,
    };

    /// <summary><c>--dataverse-url</c>: the environment URL or its Web API base.</summary>
    public static readonly Option<string?> DataverseUrl = new("--dataverse-url")
    {
        Description = "Dataverse environment URL (https://org.crm.dynamics.com) or Web API base (…/api/data/v9.2/).",
        Recursive = true,
    };

    /// <summary><c>--dataverse-token</c>: a static bearer token.</summary>
    public static readonly Option<string?> DataverseToken = new("--dataverse-token")
    {
        Description = "Static bearer token for Dataverse (sandbox and tests); real orgs use the Azure.Identity settings.",
        Recursive = true,
    };

    /// <summary><c>--mailchimp-url</c>: the API base, for the sandbox.</summary>
    public static readonly Option<string?> MailchimpUrl = new("--mailchimp-url")
    {
        Description = "Mailchimp API base (default: https://<dc>.api.mailchimp.com/3.0/ from the key).",
        Recursive = true,
    };

    /// <summary><c>--mailchimp-key</c>: the API key.</summary>
    public static readonly Option<string?> MailchimpKey = new("--mailchimp-key")
    {
        Description = "Mailchimp API key (<key>-<dc>). Prefer an environment variable or user secrets: a flag shows in the process list.",
        Recursive = true,
    };

    /// <summary><c>--json</c>: one JSON object on standard output instead of text.</summary>
    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON object on standard output.",
        Recursive = true,
    };

    /// <summary>All of them, to add to the root command.</summary>
    public static IEnumerable<Option> All => [Settings, DataverseUrl, DataverseToken, MailchimpUrl, MailchimpKey, Json];
}
