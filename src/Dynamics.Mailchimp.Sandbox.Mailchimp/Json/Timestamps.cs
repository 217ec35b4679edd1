using System.Globalization;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

/// <summary>Mailchimp's ISO 8601 timestamps (<c>2024-01-31T12:00:00+00:00</c>, whole seconds, UTC).</summary>
internal static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss'+00:00'";

    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public static string Write(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Parses an ISO 8601 time; an unencoded <c>+</c> in a query string arrives as a space and is put back.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text?.Trim().Replace(' ', '+'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
