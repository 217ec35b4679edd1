using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Sandbox.Hosting;

/// <summary>
/// A Kestrel application bound to <c>127.0.0.1</c> on a port picked by the operating system at start-up.
/// </summary>
/// <remarks>
/// The caller composes the pipeline in <c>configureApp</c>; this type only owns the listening socket and its lifetime.
/// </remarks>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri rootAddress)
    {
        _app = app;
        RootAddress = rootAddress;
    }

    /// <summary>Gets the root address the emulator listens on, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri RootAddress { get; }

    /// <summary>Gets the application's service provider.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts an emulator on a loopback port chosen at start-up.</summary>
    /// <param name="configureServices">Registers services; may be <see langword="null"/>.</param>
    /// <param name="configureApp">Adds middleware and endpoints to the application.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The started host; dispose it to stop listening.</returns>
    public static async Task<EmulatorHost> StartAsync(
        Action<IServiceCollection>? configureServices,
        Action<WebApplication> configureApp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configureApp);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,

            // An emulator reads no settings file, so nothing is watched for changes (a watcher costs a thread and CPU).
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));

        // An emulator is a component inside someone else's process: the process decides when it stops. The default
        // console lifetime would take SIGINT/SIGTERM for itself (cancelling the signal) and leave the process running.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        configureApp(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var bound = new Uri(addresses.First());
        return new EmulatorHost(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    /// <summary>Stops the emulator and releases the port.</summary>
    /// <returns>A task that completes when the host has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
