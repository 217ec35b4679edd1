using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi.DependencyInjection;

/// <summary>Registers <see cref="IMailchimpClient"/> as a typed <see cref="HttpClient"/> with its resilience pipeline.</summary>
public static class MailchimpServiceCollectionExtensions
{
    /// <summary>The name of the typed HTTP client and of its resilience pipeline.</summary>
    public const string HttpClientName = "Dynamics.Mailchimp";

    /// <summary>Registers the client with options bound from a configuration section (e.g. <c>Mailchimp</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section holding <see cref="MailchimpClientOptions"/>.</param>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler in tests.</returns>
    public static IHttpClientBuilder AddMailchimpClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        // The key and token have no public getter (they must not leak through serializers or structured logging); the
        // binder (source-generated, as native AOT needs) sets only public properties, so they are read here by name.
        return services.AddMailchimpClient(options =>
        {
            section.Bind(options);
            options.ApiKey = section[nameof(MailchimpClientOptions.ApiKey)] ?? options.ApiKey;
            options.AccessToken = section[nameof(MailchimpClientOptions.AccessToken)] ?? options.AccessToken;
        });
    }

    /// <summary>Registers the client with options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler in tests.</returns>
    /// <remarks>
    /// Options are validated at start-up (<c>ValidateOnStart</c>) by <see cref="MailchimpClientOptionsValidator"/>. The
    /// <see cref="MailchimpConcurrencyRegistry"/> singleton shares one connection limiter per account across clients.
    /// Requests are logged by method, path and status only: no header, so the Authorization value never reaches a log.
    /// </remarks>
    public static IHttpClientBuilder AddMailchimpClient(this IServiceCollection services, Action<MailchimpClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<MailchimpClientOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailchimpClientOptions>, MailchimpClientOptionsValidator>());
        services.TryAddSingleton<MailchimpConcurrencyRegistry>();
        services.TryAddTransient<ResponseBufferingHandler>();
        services.TryAddSingleton<MailchimpHttpLogger>();

        var builder = services.AddHttpClient<IMailchimpClient, MailchimpClient>(HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;
            client.BaseAddress = options.ResolveBaseAddress();
            client.DefaultRequestHeaders.Authorization = options.CreateCredentials().CreateAuthorizationHeader();

            // The resilience pipeline owns the attempt and total timeouts.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        builder.RedactLoggedHeaders(_ => true);

        // The default loggers pass raw header values (the key) to structured log state; use a header-free logger.
        builder.RemoveAllLoggers();
        builder.AddLogger<MailchimpHttpLogger>(wrapHandlersPipeline: true);
        builder.AddResilienceHandler(HttpClientName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;
            var limiter = context.ServiceProvider.GetRequiredService<MailchimpConcurrencyRegistry>()
                .GetLimiter(options.CreateCredentials(), options.MaxConcurrentRequests);
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MailchimpResiliencePipeline));
            MailchimpResiliencePipeline.Configure(pipeline, options, limiter, logger);
        });
        builder.AddHttpMessageHandler<ResponseBufferingHandler>();
        return builder;
    }
}
