using System.Globalization;
using System.Text.Json;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>A <c>dmc_syncstate</c> row as the lease reads it.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Owner">Who holds the lease; null or empty when free.</param>
/// <param name="ExpiresOn">When it expires; null when free.</param>
/// <param name="ETag">The row's ETag, for the guarded write.</param>
internal sealed record LeaseRow(Guid Id, string? Owner, DateTimeOffset? ExpiresOn, string ETag)
{
    /// <summary>Whether another owner holds it at <paramref name="now"/>.</summary>
    /// <param name="owner">This instance's owner string.</param>
    /// <param name="now">The job's clock.</param>
    /// <returns>True when held by someone else and not expired.</returns>
    public bool IsHeldByOther(string owner, DateTimeOffset now) =>
        !string.IsNullOrEmpty(Owner) && !string.Equals(Owner, owner, StringComparison.Ordinal) && ExpiresOn is { } expires && expires > now;

    /// <summary>Reads a row from the Web API's JSON.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The lease row.</returns>
    public static LeaseRow From(JsonElement row)
    {
        var id = row.GetProperty(ClaimWebApiNames.SyncStateId).GetGuid();
        var owner = Text(row, ClaimWebApiNames.LeaseOwner);
        var expires = Text(row, ClaimWebApiNames.LeaseExpiresOn) is { } text
            ? WebApiDates.TryParse(text, out var moment) ? moment : throw new FormatException($"The lease row's {ClaimWebApiNames.LeaseExpiresOn} is not a date-time: '{text}'.")
            : (DateTimeOffset?)null;
        var etag = Text(row, ClaimWebApiNames.ETag) ?? "*";
        return new LeaseRow(id, owner, expires, etag);
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
