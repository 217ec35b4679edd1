using Dynamics.Mailchimp.Dataverse.Authentication;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Dataverse.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Registers <see cref="IDataverseClient"/> with its HTTP pipeline: resilience (retry, concurrency cap, timeouts), then the bearer-token handler.</summary>
public static class DataverseServiceCollectionExtensions
{
    private static readonly string[] SensitiveHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"];

    /// <summary>Registers the client configured in code (options are validated at start-up).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler in tests.</returns>
    public static IHttpClientBuilder AddDataverseClient(this IServiceCollection services, Action<DataverseClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DataverseClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataverseClientOptions>, DataverseClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataverseClientOptions>>().Value;
            return new DataverseTokenProvider(
                DataverseCredentialFactory.Create(options), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DataverseTokenProvider>>());
        });
        services.TryAddSingleton<IDataverseClient, DataverseClient>();

        var builder = services.AddHttpClient(DataverseConstants.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);

        // The factory's default loggers put raw header values (the bearer token) into the structured state of Trace
        // records even when the message text is redacted. Remove them; DataverseClient logs method, path and status itself.
        builder.RemoveAllLoggers();
        builder.RedactLoggedHeaders(SensitiveHeaders);
        builder.AddResilienceHandler(DataverseConstants.ResiliencePipelineName, (pipeline, context) => DataverseResilience.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<DataverseClientOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>()));
        builder.AddHttpMessageHandler(sp => new DataverseAuthenticationHandler(
            sp.GetRequiredService<DataverseTokenProvider>(), sp.GetRequiredService<IOptions<DataverseClientOptions>>().Value));
        return builder;
    }

    /// <summary>
    /// Registers the client bound to a configuration section (conventionally <c>Dataverse</c>), including the write-only
    /// secrets (<see cref="DataverseClientOptions.ClientSecret"/>, <see cref="DataverseClientOptions.CertificatePassword"/>,
    /// <see cref="DataverseClientOptions.StaticToken"/>), which a plain <c>Bind</c> skips.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding the options.</param>
    /// <param name="configure">Further settings, applied after the section.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddDataverseClient(this IServiceCollection services, IConfiguration section, Action<DataverseClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddDataverseClient(options =>
        {
            section.Bind(options);

            // The secrets' getters are internal: the binder (source-generated, as native AOT needs) sets only public
            // properties, so they are read here by name.
            options.ClientSecret = section[nameof(DataverseClientOptions.ClientSecret)] ?? options.ClientSecret;
            options.CertificatePassword = section[nameof(DataverseClientOptions.CertificatePassword)] ?? options.CertificatePassword;
            options.StaticToken = section[nameof(DataverseClientOptions.StaticToken)] ?? options.StaticToken;
            configure?.Invoke(options);
        });
    }

    /// <summary>Registers the client from a Dataverse connection string (parsed now, so a malformed one fails at registration).</summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">E.g. <c>AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=…;TenantId=…</c>.</param>
    /// <param name="configure">Further settings, applied after the connection string.</param>
    /// <returns>The HTTP client builder.</returns>
    /// <exception cref="DataverseConnectionStringException">The connection string is malformed.</exception>
    public static IHttpClientBuilder AddDataverseClient(this IServiceCollection services, string connectionString, Action<DataverseClientOptions>? configure = null)
    {
        DataverseConnectionString.Parse(connectionString);
        return services.AddDataverseClient(options =>
        {
            DataverseConnectionString.ApplyTo(connectionString, options);
            configure?.Invoke(options);
        });
    }
}
