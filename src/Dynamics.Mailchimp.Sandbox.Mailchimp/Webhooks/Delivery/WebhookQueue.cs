namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

/// <summary>The events waiting for one webhook (each with the URL it had when the event happened), delivered one at a time in the order they happened; mutated only under the dispatcher's lock.</summary>
internal sealed class WebhookQueue(string webhookId, CancellationToken generation)
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(generation);

    public string WebhookId { get; } = webhookId;

    public Queue<(Uri Url, WebhookEvent Event)> Items { get; } = new();

    /// <summary>Gets or sets a value indicating whether a worker is delivering this queue.</summary>
    public bool Running { get; set; }

    /// <summary>Gets or sets a value indicating whether the worker waits on a retry timer (the queue then counts as idle).</summary>
    public bool Waiting { get; set; }

    /// <summary>Gets the token that stops this queue: the webhook was deleted, the sandbox reset or stopped.</summary>
    public CancellationToken Stopping => _stop.Token;

    public void Stop() => _stop.Cancel();
}
