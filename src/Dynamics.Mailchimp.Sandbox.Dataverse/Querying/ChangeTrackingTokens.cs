using System.Collections.Concurrent;
using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// The sandbox's <c>$deltatoken</c>s: each remembers a table's highest row version and the ids it had when issued, so a
/// later delta returns rows with a higher version and, as <c>$deletedEntity</c>, the ids that have gone. Tokens look like
/// Dataverse's (<c>&lt;version&gt;!&lt;n&gt;</c>) and never expire.
/// </summary>
internal sealed class ChangeTrackingTokens
{
    private readonly ConcurrentDictionary<string, Snapshot> _tokens = new(StringComparer.Ordinal);
    private int _issued;

    public string Issue(string table, long version, IReadOnlySet<Guid> ids)
    {
        var token = string.Create(CultureInfo.InvariantCulture, $"{version}!{Interlocked.Increment(ref _issued)}");
        _tokens[token] = new Snapshot(table, version, ids);
        return token;
    }

    public Snapshot Find(string token, string table) =>
        _tokens.TryGetValue(token, out var snapshot) && snapshot.Table == table
            ? snapshot
            : throw WebApiException.BadRequest($"The $deltatoken '{token}' was not issued for '{table}' by this service; follow @odata.deltaLink exactly as given.");

    /// <summary>What a token remembers.</summary>
    internal sealed record Snapshot(string Table, long Version, IReadOnlySet<Guid> Ids);
}
