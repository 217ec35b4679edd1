namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>A webhook registered on a list; mutated only under the store's lock.</summary>
internal sealed class WebhookRecord
{
    public required string Id { get; init; }

    public required string ListId { get; init; }

    public required Uri Url { get; set; }

    /// <summary>Gets the event flags by wire name (<see cref="WebhookWire.EventNames"/>).</summary>
    public Dictionary<string, bool> Events { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the source flags by wire name (<see cref="WebhookWire.SourceNames"/>).</summary>
    public Dictionary<string, bool> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an event of <paramref name="type"/> from <paramref name="source"/> is delivered here.</summary>
    /// <remarks>Campaign events ignore the sources ("these events can not be limited by source", Mailchimp's About Webhooks guide).</remarks>
    public bool Wants(string type, string source) =>
        Events.GetValueOrDefault(type) && (type == WebhookWire.Campaign || Sources.GetValueOrDefault(source));
}
