using System.Globalization;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Date-time values as the Web API reads them in bodies and <c>$filter</c>: UTC, whole seconds, <c>Z</c>.</summary>
public static class WebApiDates
{
    /// <summary>"2026-11-01T08:00:00Z".</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
