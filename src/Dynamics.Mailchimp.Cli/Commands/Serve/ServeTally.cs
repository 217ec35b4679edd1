using System.Collections.Concurrent;
using System.Text.Json;
using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>What the receiver answered, counted per outcome (thread-safe).</summary>
public sealed class ServeTally
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>Counts an outcome or an answer without one (<c>rejected</c>, <c>refused</c>, <c>timedOut</c>).</summary>
    /// <param name="name">The outcome's name.</param>
    public void Add(string name) => counts.AddOrUpdate(name, 1, (_, n) => n + 1);

    /// <summary>Counts an applied event's outcome.</summary>
    /// <param name="kind">The outcome.</param>
    public void Add(WebhookOutcomeKind kind) => Add(Name(kind));

    /// <summary>The counts, by name.</summary>
    /// <returns>A copy, sorted by name.</returns>
    public IReadOnlyDictionary<string, int> Snapshot() => new SortedDictionary<string, int>(counts, StringComparer.Ordinal);

    /// <summary>The JSON name of an outcome, e.g. <c>notInMailchimp</c>.</summary>
    /// <param name="kind">The outcome.</param>
    /// <returns>Its name in camel case.</returns>
    public static string Name(WebhookOutcomeKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
