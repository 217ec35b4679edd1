using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// A loopback server for the benchmark's control paths (call counts, request logs), apart from the emulators so that
/// they stay exactly what the job talks to. Calls are charged and counted inside the emulators (<see cref="ModelCost"/>).
/// </summary>
public sealed class ControlServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ControlServer(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Gets the server's origin (scheme, host and port).</summary>
    public Uri Origin { get; }

    /// <summary>Starts a control server; a path that <paramref name="control"/> does not handle is answered 404.</summary>
    /// <param name="control">Handles a control path or returns false.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server.</returns>
    public static async Task<ControlServer> StartAsync(Func<HttpContext, Task<bool>> control, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(control);

        // No configuration files to watch: the default would watch the working directory (a repository) for changes.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(async context =>
        {
            if (!await control(context).ConfigureAwait(false))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ControlServer(app, new Uri(new Uri(address).GetLeftPart(UriPartial.Authority)));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
