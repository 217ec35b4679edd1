using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Solutions;
using Dynamics.Mailchimp.Sandbox.Hosting;
using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Solutions;
using Dynamics.Mailchimp.Solution.Settings;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.Sandbox.Dataverse;

/// <summary>
/// A Dataverse Web API emulator on a loopback port, over an <see cref="InMemoryOrganization"/> that runs the real plug-ins.
/// </summary>
/// <example><code>
/// await using var sandbox = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), ct);
/// using var http = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
/// var contacts = await http.GetStringAsync("contacts?$select=emailaddress1", ct);
/// </code></example>
public sealed class DataverseSandbox : IAsyncDisposable
{
    /// <summary>
    /// The longest request line served: a GET URL may be 32 KB (shared/reference/dataverse.md, S26,
    /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors), plus
    /// the method and protocol around it. A longer line is answered 414, as Kestrel does past its limit.
    /// </summary>
    public const int MaxRequestLineBytes = (32 * 1024) + 64;

    private readonly EmulatorHost _host;
    private readonly RequestLog _log;

    private DataverseSandbox(EmulatorHost host, RequestLog log, InMemoryOrganization organization, SandboxTokens tokens, InjectedLatency latency, RequestGate gate)
    {
        _host = host;
        _log = log;
        Organization = organization;
        Tokens = tokens;
        Latency = latency;
        Gate = gate;
        BaseAddress = new Uri(host.RootAddress, WebApiNames.ServiceRoot);
    }

    /// <summary>The service root, <c>http://127.0.0.1:&lt;port&gt;/api/data/v9.2/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The organization behind the Web API (seed it, or inspect rows and plug-in runs).</summary>
    public InMemoryOrganization Organization { get; }

    /// <summary>The solution zip the organization was built from (<see cref="DataverseSandboxOptions.Solution"/>), with the steps it left out; null when built from the source.</summary>
    public ImportedSolution? ImportedSolution { get; private init; }

    /// <summary>The bearer tokens and their users.</summary>
    public SandboxTokens Tokens { get; }

    /// <summary>The delay added before each request; change it at any time.</summary>
    public InjectedLatency Latency { get; }

    /// <summary>A gate that holds requests while closed (to build a known number of in-flight requests).</summary>
    public RequestGate Gate { get; }

    /// <summary>Every request received so far, oldest first, with <c>Authorization</c> redacted.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Forgets the recorded requests (not the rows).</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Starts a sandbox.</summary>
    /// <param name="options">The options; validated first.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop.</returns>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">An option is invalid.</exception>
    public static async Task<DataverseSandbox> StartAsync(DataverseSandboxOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var imported = SolutionImportOptions.Import(options);
        var organization = options.Organization
            ?? imported?.CreateOrganization(journeysConsent: options.JourneysConsent)
            ?? new InMemoryOrganization(new InMemoryOrganizationOptions { JourneysConsent = options.JourneysConsent });
        if (options.Organization is null)
        {
            EnvironmentVariableRows.Seed(organization, options.Solution is { } zip ? EnvironmentVariableCatalog.FromZip(zip) : EnvironmentVariableCatalog.FromSolution());
        }

        var registry = new TokenRegistry();
        var tokens = SandboxPipeline.CreateTokens(organization, options, registry);
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        var runtime = new SandboxRuntime(
            registry,
            new ServiceProtectionLimiter(options.RequestsPerWindow, window, options.RetryAfterSeconds),
            new ExecutionTimeLimiter(options.ExecutionTimePerWindow, window, options.RetryAfterSeconds, options.Clock),
            new InFlightLimiter(options.ConcurrentRequestsPerUser),
            options.RetryAfterSeconds ?? 1,
            options.Clock);
        var log = new RequestLog();
        var latency = new InjectedLatency(options.Latency);
        var gate = new RequestGate();

        var host = await EmulatorHost.StartAsync(
            configureServices: services => services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes),
            app => SandboxPipeline.Configure(app, log, options.Clock, latency, gate, runtime),
            cancellationToken).ConfigureAwait(false);

        var sandbox = new DataverseSandbox(host, log, organization, tokens, latency, gate) { ImportedSolution = imported };
        runtime.Dispatcher = WebApiBuilder.Default().Build(new SandboxServices(organization, sandbox.BaseAddress, options));
        return sandbox;
    }

    /// <summary>An <see cref="HttpClient"/> for <see cref="BaseAddress"/> sending <paramref name="bearerToken"/> and the Web API's standard headers.</summary>
    /// <param name="bearerToken">The token to send, e.g. <see cref="SandboxTokens.ConnectorToken"/>; null sends none.</param>
    /// <returns>A new client; the caller disposes it.</returns>
    public HttpClient CreateClient(string? bearerToken)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add(HeaderNames.ODataVersion, "4.0");
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>Stops listening.</summary>
    /// <returns>A task that completes when the host has stopped.</returns>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
