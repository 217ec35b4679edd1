using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>
/// A loopback reverse proxy in front of one emulator that charges the latency model (per call + per item) before
/// forwarding, counts calls server-side, and rewrites the emulator's own address in responses (OData next links) to its.
/// The emulators' own fixed latency stays zero: the model lives here because the per-item part needs the body.
/// With the environment variable <c>BENCH_TRACE</c> set, each call's end is written to stderr (to see which step waits).
/// </summary>
public sealed class LatencyProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Transfer-Encoding", "Connection", "Content-Length", "Keep-Alive" };
    private readonly WebApplication _app;
    private readonly HttpClient _upstream;

    private LatencyProxy(WebApplication app, HttpClient upstream, Uri origin)
    {
        _app = app;
        _upstream = upstream;
        Origin = origin;
    }

    /// <summary>Gets the proxy's origin (scheme, host and port).</summary>
    public Uri Origin { get; }

    /// <summary>Starts a proxy for <paramref name="target"/>.</summary>
    /// <param name="target">The emulator's origin.</param>
    /// <param name="model">The latency model.</param>
    /// <param name="countItems">Counts a request's items from its path and body.</param>
    /// <param name="meter">Where calls are counted.</param>
    /// <param name="control">Handles control paths (not forwarded, not charged) or returns false.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running proxy.</returns>
    public static async Task<LatencyProxy> StartAsync(Uri target, LatencyModel model, Func<string, byte[], int> countItems, ServiceMeter meter, Func<HttpContext, Task<bool>> control, CancellationToken cancellationToken)
    {
        // No configuration files to watch: the default would watch the working directory (a repository) for changes.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var upstream = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseCookies = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var targetOrigin = target.GetLeftPart(UriPartial.Authority);
        string? selfOrigin = null;
        app.Run(async context =>
        {
            if (await control(context).ConfigureAwait(false))
            {
                return;
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            var body = buffer.ToArray();
            var path = context.Request.Path.Value ?? string.Empty;
            var items = countItems(path, body);
            using (meter.Enter(items))
            {
                await Task.Delay(model.Cost(items), context.RequestAborted).ConfigureAwait(false);
                await ForwardAsync(context, upstream, targetOrigin, selfOrigin!, body).ConfigureAwait(false);
                if (Environment.GetEnvironmentVariable("BENCH_TRACE") is not null)
                {
                    await Console.Error.WriteLineAsync($"{DateTime.UtcNow:HH:mm:ss.fff} {context.Request.Method} {path} items={items} -> {context.Response.StatusCode}").ConfigureAwait(false);
                }
            }
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        selfOrigin = new Uri(address).GetLeftPart(UriPartial.Authority);
        return new LatencyProxy(app, upstream, new Uri(selfOrigin));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _upstream.Dispose();
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient upstream, string targetOrigin, string selfOrigin, byte[] body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), targetOrigin + context.Request.Path + context.Request.QueryString);
        if (body.Length > 0 || context.Request.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopHeaders.Contains(name))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await upstream.SendAsync(request, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopHeaders.Contains(name))
            {
                context.Response.Headers[name] = values.Select(v => v.Replace(targetOrigin, selfOrigin, StringComparison.Ordinal)).ToArray();
            }
        }

        var payload = await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.NoContent && payload.Length > 0)
        {
            var text = Encoding.UTF8.GetString(payload);
            if (text.Contains(targetOrigin, StringComparison.Ordinal))
            {
                payload = Encoding.UTF8.GetBytes(text.Replace(targetOrigin, selfOrigin, StringComparison.Ordinal));
            }

            await context.Response.Body.WriteAsync(payload, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
