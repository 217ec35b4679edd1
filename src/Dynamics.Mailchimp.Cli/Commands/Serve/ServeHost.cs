using System.Net.Mime;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>The receiver's ASP.NET Core host: Kestrel on the listen address, the health probe and the webhook routes.</summary>
public static class ServeHost
{
    /// <summary>Builds the host (not started).</summary>
    /// <param name="listen">The Kestrel URL(s) to listen on, <c>;</c>-separated.</param>
    /// <param name="context">The process context (its logging).</param>
    /// <param name="receiver">Builds the receiver from the host's logger factory.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string listen, CommandContext context, Func<ILoggerFactory, WebhookReceiver> receiver)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(receiver);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServeHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls(listen);
        builder.Services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        builder.Logging.ClearProviders();
        context.Logging(builder.Logging);

        // ASP.NET Core's request logs would print each URL, and a webhook URL carries its audience's secret.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(WebhookReceiver).Namespace, LogLevel.Information);
        var app = builder.Build();
        var handler = receiver(app.Services.GetRequiredService<ILoggerFactory>());
        app.MapGet(WebhookPaths.Health, () => Results.Text("{\"status\":\"ok\"}", MediaTypeNames.Application.Json));
        app.MapGet(WebhookPaths.Route, (string audienceId, string secret) => handler.Check(audienceId, secret));
        app.MapPost(WebhookPaths.Route, (HttpRequest request, string audienceId, string secret, CancellationToken aborted) => handler.ReceiveAsync(request, audienceId, secret, aborted));
        return app;
    }

    /// <summary>The addresses Kestrel bound (a port 0 becomes the real port).</summary>
    /// <param name="app">The started application.</param>
    /// <returns>The addresses.</returns>
    public static IReadOnlyList<Uri> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var feature = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>();
        return feature?.Addresses.Select(a => new Uri(a.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal))).ToArray() ?? [];
    }
}
