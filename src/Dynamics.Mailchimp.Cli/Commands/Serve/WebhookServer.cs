using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>
/// The running receiver: the ASP.NET Core host and the inbox whose worker applies the events. Started by
/// <c>dmc serve</c> and by the demo; <see cref="StopAsync"/> stops it in order: no new deliveries, those in flight
/// answered (the inbox still applies them), then the inbox drained.
/// </summary>
public sealed class WebhookServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly WebhookInbox inbox;
    private readonly Task worker;
    private readonly CancellationTokenSource abandon;
    private readonly WebhookOptions options;
    private readonly TimeProvider time;
    private bool stopped;

    private WebhookServer(WebApplication app, WebhookInbox inbox, Task worker, CancellationTokenSource abandon, WebhookOptions options, TimeProvider time, ServeTally tally)
    {
        Tally = tally;
        this.app = app;
        this.inbox = inbox;
        this.worker = worker;
        this.abandon = abandon;
        this.options = options;
        this.time = time;
    }

    /// <summary>Gets the answers so far, per outcome.</summary>
    public ServeTally Tally { get; }

    /// <summary>Gets how many batches were applied.</summary>
    public int Batches => inbox.Batches;

    /// <summary>Gets the addresses the host listens on (a port 0 replaced by the real one).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    /// <summary>Starts the receiver.</summary>
    /// <param name="listen">The Kestrel URL(s).</param>
    /// <param name="connections">The service clients.</param>
    /// <param name="settings">The job's settings; <see cref="WebhookOptions.Secret"/> must be set.</param>
    /// <param name="context">The process context (logging, clock).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running receiver.</returns>
    /// <exception cref="IOException">The address cannot be bound.</exception>
    public static async Task<WebhookServer> StartAsync(string listen, ServiceConnections connections, JobSettings settings, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        var options = settings.Webhooks;
        var applier = WebhookComposition.Create(connections, settings, context.Time);
        var pull = settings.Pull with { DryRun = false };
        var inbox = new WebhookInbox((events, ct) => applier.ApplyAsync(events, settings.Sync, pull, ct), options.BatchSize);
        var abandon = new CancellationTokenSource();
        var worker = inbox.RunAsync(abandon.Token);
        var tally = new ServeTally();
        var app = ServeHost.Build(listen, context, logs => new WebhookReceiver(inbox, options, tally, logs.CreateLogger<WebhookReceiver>(), context.Time));
        var server = new WebhookServer(app, inbox, worker, abandon, options, context.Time, tally);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        server.Addresses = ServeHost.Addresses(app);
        return server;
    }

    /// <summary>Stops taking deliveries, answers those in flight, and drains the inbox.</summary>
    /// <returns>A task that completes when everything waiting was applied or abandoned.</returns>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(options.AnswerWithinSeconds + 1), time);
        await app.StopAsync(grace.Token).ConfigureAwait(false);
        inbox.Close();
        abandon.CancelAfter(ServeCommand.DrainTimeout);
        try
        {
            await worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            // Abandoned after the drain timeout: those deliveries were not answered 200, so Mailchimp sends them again.
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
            abandon.Dispose();
        }
    }
}
