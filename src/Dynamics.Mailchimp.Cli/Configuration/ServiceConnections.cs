using System.Diagnostics.CodeAnalysis;
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
        var calls = new CallCounter();
        var provider = Build(configuration, logging, calls);
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

    /// <summary>
    /// Builds the Dataverse client, lets <paramref name="withDataverse"/> use it (to read the organization's settings into
    /// <paramref name="configuration"/>), then builds the Mailchimp client from the configuration as it is then.
    /// </summary>
    /// <param name="configuration">The job's configuration (see <see cref="DmcConfiguration"/>).</param>
    /// <param name="logging">Where the clients log.</param>
    /// <param name="calls">Counts the requests, also those of <paramref name="withDataverse"/> and of a failed start.</param>
    /// <param name="withDataverse">What to do with the Dataverse client before the Mailchimp client is configured.</param>
    /// <param name="cancellationToken">Cancels <paramref name="withDataverse"/>.</param>
    /// <returns>The connections.</returns>
    /// <exception cref="DmcConfigurationException">A setting is missing or invalid; the message lists each one.</exception>
    public static async Task<ServiceConnections> CreateAsync(
        IConfiguration configuration,
        Action<ILoggingBuilder> logging,
        CallCounter calls,
        Func<IDataverseClient, CancellationToken, Task> withDataverse,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withDataverse);
        var provider = Build(configuration, logging, calls);
        try
        {
            Validate<DataverseClientOptions>(provider, DmcConfiguration.DataverseSection);
            await withDataverse(provider.GetRequiredService<IDataverseClient>(), cancellationToken).ConfigureAwait(false);
            Validate<MailchimpClientOptions>(provider, DmcConfiguration.MailchimpSection);
            return new ServiceConnections(provider, calls);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static ServiceProvider Build(IConfiguration configuration, Action<ILoggingBuilder> logging, CallCounter calls)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(calls);
        var services = new ServiceCollection();
        services.AddLogging(logging);
        services.AddDataverseClient(configuration.GetSection(DmcConfiguration.DataverseSection))
            .AddHttpMessageHandler(calls.DataverseHandler);
        services.AddMailchimpClient(configuration.GetSection(DmcConfiguration.MailchimpSection))
            .AddHttpMessageHandler(calls.MailchimpHandler);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    // IOptions<T> creates T with its parameterless constructor: the annotation keeps it in the trimmed, native dmc.
    private static void Validate<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider provider, string section)
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
