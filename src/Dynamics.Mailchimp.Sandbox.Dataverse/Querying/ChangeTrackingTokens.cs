using System.Collections.Concurrent;
using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// The sandbox's <c>$deltatoken</c>s: each remembers a table's highest row version, the ids it had and when it was issued,
/// so a later delta returns rows with a higher version and, as <c>$deletedEntity</c>, the ids that have gone. Tokens look
/// like Dataverse's (<c>&lt;version&gt;!&lt;n&gt;</c>) and expire: "Changes are returned if the last token is within a
/// default value of seven days … If unprocessed changes are older than the configured value, the system throws an
/// exception" (https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems;
/// organization.ExpireChangeTrackingInDays).
/// </summary>
internal sealed class ChangeTrackingTokens(TimeProvider clock, TimeSpan expiry)
{
    private readonly ConcurrentDictionary<string, Snapshot> _tokens = new(StringComparer.Ordinal);
    private int _issued;

    public string Issue(string table, long version, IReadOnlySet<Guid> ids)
    {
        var token = string.Create(CultureInfo.InvariantCulture, $"{version}!{Interlocked.Increment(ref _issued)}");
        _tokens[token] = new Snapshot(table, version, ids, clock.GetUtcNow());
        return token;
    }

    public Snapshot Find(string token, string table)
    {
        var snapshot = _tokens.TryGetValue(token, out var found) && found.Table == table
            ? found
            : throw WebApiException.BadRequest($"The $deltatoken '{token}' was not issued for '{table}' by this service; follow @odata.deltaLink exactly as given.");
        var age = clock.GetUtcNow() - snapshot.IssuedAt;
        return age <= expiry
            ? snapshot
            : throw WebApiException.BadRequest(string.Create(CultureInfo.InvariantCulture, $"The $deltatoken '{token}' of '{table}' has expired: changes are kept for {expiry.TotalDays:0.##} days (ExpireChangeTrackingInDays) and this token is {age.TotalDays:0.##} days old. Read the table again with Prefer: {WebApiNames.TrackChanges}."));
    }

    /// <summary>What a token remembers.</summary>
    internal sealed record Snapshot(string Table, long Version, IReadOnlySet<Guid> Ids, DateTimeOffset IssuedAt);
}
