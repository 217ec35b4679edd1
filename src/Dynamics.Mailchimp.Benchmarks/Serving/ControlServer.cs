using Dynamics.Mailchimp.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// A loopback server for the benchmark's control paths (call counts, request logs), apart from the emulators so that
/// they stay exactly what the job talks to. Calls are charged and counted inside the emulators (<see cref="ModelCost"/>).
/// </summary>
public sealed class ControlServer : IAsyncDisposable
{
    private readonly EmulatorHost _host;

    private ControlServer(EmulatorHost host) => _host = host;

    /// <summary>Gets the server's origin (scheme, host and port).</summary>
    public Uri Origin => _host.RootAddress;

    /// <summary>Starts a control server; a path that <paramref name="control"/> does not handle is answered 404.</summary>
    /// <param name="control">Handles a control path or returns false.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server.</returns>
    public static async Task<ControlServer> StartAsync(Func<HttpContext, Task<bool>> control, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(control);
        var host = await EmulatorHost.StartAsync(
            configureServices: null,
            app => app.Run(async context =>
            {
                if (!await control(context).ConfigureAwait(false))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                }
            }),
            cancellationToken).ConfigureAwait(false);
        return new ControlServer(host);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
