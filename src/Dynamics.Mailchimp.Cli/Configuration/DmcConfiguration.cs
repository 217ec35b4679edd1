using System.CommandLine;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Microsoft.Extensions.Configuration;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// Reads the job's settings in the usual Microsoft.Extensions order, later sources winning: the job's built-in defaults,
/// the organization's settings (the solution's environment variables in Dataverse, filled once connected:
/// <see cref="SetOrganizationSettings"/>), the settings file, user secrets, environment variables (<c>DMC_</c> prefix,
/// <c>__</c> between levels), then the command-line flags.
/// </summary>
/// <remarks>
/// Sections: <c>Dataverse</c> (<c>DataverseClientOptions</c>) and <c>Mailchimp</c> (<c>MailchimpClientOptions</c>). For example
/// <c>DMC_Mailchimp__ApiKey</c>, <c>DMC_Dataverse__EnvironmentUrl</c>, <c>DMC_Dataverse__AuthType=ClientSecret</c>.
/// </remarks>
public static class DmcConfiguration
{
    /// <summary>The settings file read from the current folder when <c>--settings</c> is not given.</summary>
    public const string DefaultSettingsFile = "dmc.settings.json";

    /// <summary>The prefix of the environment variables the job reads.</summary>
    public const string EnvironmentPrefix = "DMC_";

    /// <summary>The Dataverse section.</summary>
    public const string DataverseSection = "Dataverse";

    /// <summary>The Mailchimp section.</summary>
    public const string MailchimpSection = "Mailchimp";

    /// <summary>
    /// The job's own defaults, below every other source: a <c>$batch</c> carries up to Dataverse's 1,000 operations
    /// (the client's default is smaller), so the record step costs one call per 1,000 rows; and up to 10 of those
    /// batches (reads, outcome writes: none depends on another) are in flight at once, as are up to 10 requests.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> JobDefaults = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        [$"{DataverseSection}:{nameof(DataverseClientOptions.MaxBatchOperations)}"] = "1000",
        [$"{DataverseSection}:{nameof(DataverseClientOptions.MaxParallelBatches)}"] = "10",
        [$"{DataverseSection}:{nameof(DataverseClientOptions.MaxConcurrentRequests)}"] = "10",
    };

    /// <summary>Builds the configuration for one invocation.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="workingDirectory">Where the default settings file is looked for.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DmcConfigurationException">A named settings file is missing or a flag is malformed.</exception>
    public static IConfiguration Build(ParseResult parse, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var builder = new ConfigurationBuilder();
        builder.AddInMemoryCollection(JobDefaults);
        builder.Add(new OrganizationSettingsSource());
        var settings = parse.GetValue(ConnectionFlags.Settings);
        if (settings is not null && !settings.Exists)
        {
            throw new DmcConfigurationException($"The settings file '{settings.FullName}' does not exist.");
        }

        var file = settings?.FullName ?? Path.Combine(workingDirectory, DefaultSettingsFile);
        builder.AddJsonFile(file, optional: settings is null, reloadOnChange: false);
        builder.AddUserSecrets(typeof(DmcConfiguration).Assembly, optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddInMemoryCollection(FlagValues(parse));
        return builder.Build();
    }

    /// <summary>Fills the organization's layer of <paramref name="configuration"/> (above the built-in defaults, below everything else).</summary>
    /// <param name="configuration">A configuration from <see cref="Build"/>.</param>
    /// <param name="values">Configuration key → value, from <see cref="EnvironmentVariableSettings.ToConfiguration"/>.</param>
    /// <exception cref="ArgumentException">The configuration was not built by <see cref="Build"/>.</exception>
    public static void SetOrganizationSettings(IConfiguration configuration, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var layer = (configuration as IConfigurationRoot)?.Providers.OfType<OrganizationSettingsSource.Provider>().SingleOrDefault()
            ?? throw new ArgumentException("The configuration has no organization settings layer; build it with DmcConfiguration.Build.", nameof(configuration));
        layer.Fill(values);
    }

    private static Dictionary<string, string?> FlagValues(ParseResult parse)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(ConnectionFlags.DataverseUrl) is { Length: > 0 } dataverseUrl)
        {
            var (environment, apiVersion) = DataverseUrlFlag.Split(AbsoluteUrl(dataverseUrl, ConnectionFlags.DataverseUrl.Name));
            values[$"{DataverseSection}:{nameof(DataverseClientOptions.EnvironmentUrl)}"] = environment.ToString();
            if (apiVersion is not null)
            {
                values[$"{DataverseSection}:{nameof(DataverseClientOptions.ApiVersion)}"] = apiVersion;
            }
        }

        if (parse.GetValue(ConnectionFlags.DataverseToken) is { Length: > 0 } token)
        {
            values[$"{DataverseSection}:{nameof(DataverseClientOptions.AuthType)}"] = nameof(DataverseAuthType.StaticToken);
            values[$"{DataverseSection}:{nameof(DataverseClientOptions.StaticToken)}"] = token;
        }

        if (parse.GetValue(ConnectionFlags.MailchimpUrl) is { Length: > 0 } mailchimpUrl)
        {
            values[$"{MailchimpSection}:BaseAddress"] = AbsoluteUrl(mailchimpUrl, ConnectionFlags.MailchimpUrl.Name).ToString();
        }

        if (parse.GetValue(ConnectionFlags.MailchimpKey) is { Length: > 0 } key)
        {
            values[$"{MailchimpSection}:ApiKey"] = key;
        }

        return values;
    }

    private static Uri AbsoluteUrl(string value, string flag) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url)
            ? url
            : throw new DmcConfigurationException($"{flag} must be an absolute URL; got '{value}'.");
}
