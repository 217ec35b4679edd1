using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// The two clients, built from the configuration and validated before any call, so a wrong setting is reported as a
/// configuration error (exit 2) that names the setting, never as a failed call.
/// </summary>
public sealed class ServiceConnections : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ServiceConnections(ServiceProvider provider, CallCounter calls)
    {
        _provider = provider;
        Calls = calls;
        Dataverse = provider.GetRequiredService<IDataverseClient>();
        Mailchimp = provider.GetRequiredService<IMailchimpClient>();
    }

    /// <summary>Gets the Dataverse Web API client.</summary>
    public IDataverseClient Dataverse { get; }

    /// <summary>Gets the Mailchimp Marketing API client.</summary>
    public IMailchimpClient Mailchimp { get; }

    /// <summary>Gets the requests each client has sent so far.</summary>
    public CallCounter Calls { get; }

    /// <summary>Gets the services (both clients, their options, logging and <see cref="TimeProvider"/>).</summary>
    public IServiceProvider Services => _provider;

    /// <summary>Builds and validates both clients.</summary>
    /// <param name="configuration">The job's configuration (see <see cref="DmcConfiguration"/>).</param>
    /// <param name="logging">Where the clients log (method, path and status; never a header or a secret).</param>
    /// <returns>The connections.</returns>
    /// <exception cref="DmcConfigurationException">A setting is missing or invalid; the message lists each one.</exception>
    public static ServiceConnections Create(IConfiguration configuration, Action<ILoggingBuilder> logging)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var calls = new CallCounter();
        var services = new ServiceCollection();
        services.AddLogging(logging);
        services.AddDataverseClient(configuration.GetSection(DmcConfiguration.DataverseSection))
            .AddHttpMessageHandler(calls.DataverseHandler);
        services.AddMailchimpClient(configuration.GetSection(DmcConfiguration.MailchimpSection))
            .AddHttpMessageHandler(calls.MailchimpHandler);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            Validate<DataverseClientOptions>(provider, DmcConfiguration.DataverseSection);
            Validate<MailchimpClientOptions>(provider, DmcConfiguration.MailchimpSection);
            return new ServiceConnections(provider, calls);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static void Validate<TOptions>(IServiceProvider provider, string section)
        where TOptions : class
    {
        try
        {
            _ = provider.GetRequiredService<IOptions<TOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            var failures = string.Join(Environment.NewLine, e.Failures.Select(f => "  - " + f));
            throw new DmcConfigurationException(
                $"The {section} settings are not valid:{Environment.NewLine}{failures}{Environment.NewLine}" +
                $"Set them in {DmcConfiguration.DefaultSettingsFile}, user secrets, {DmcConfiguration.EnvironmentPrefix}{section}__<Setting> environment variables or the command-line flags.",
                e);
        }
        catch (InvalidOperationException e) when (e.InnerException is FormatException or ArgumentException)
        {
            throw new DmcConfigurationException($"A {section} setting has a value of the wrong form: {e.InnerException.Message}", e);
        }
    }
}
