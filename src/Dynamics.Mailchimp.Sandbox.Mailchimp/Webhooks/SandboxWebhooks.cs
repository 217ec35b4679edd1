using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>The webhook deliveries the sandbox has made, for tests and demos; the same log is served at <c>GET /_sandbox/webhooks/deliveries</c>.</summary>
public sealed class SandboxWebhooks
{
    private readonly WebhookDispatcher _dispatcher;

    internal SandboxWebhooks(WebhookDispatcher dispatcher) => _dispatcher = dispatcher;

    /// <summary>Gets every delivery attempt so far, oldest first (reset clears it).</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => _dispatcher.Deliveries();

    /// <summary>Waits until every queued delivery is done or waits on a retry timer (advance the sandbox's clock to fire it).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when delivery is idle.</returns>
    public Task WaitForIdleAsync(CancellationToken cancellationToken) => _dispatcher.WaitForIdleAsync(cancellationToken);
}
