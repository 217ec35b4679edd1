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

    /// <summary>
    /// Reads a Web API date-time ("2026-11-01T08:00:00Z", with or without fractions of a second and with any offset;
    /// none means UTC). ISO 8601 text is read by its exact formats; anything else by the culture-invariant lenient
    /// parser. The lenient parser's first use loads the ICU collator (tens of milliseconds of a run's start, seen in a
    /// profile of the first cycle's snapshots), which the exact formats never touch.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="moment">The moment read.</param>
    /// <returns>Whether the text is a date-time.</returns>
    public static bool TryParse(string text, out DateTimeOffset moment) =>
        DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment);

    private static readonly string[] IsoFormats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ssK",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF",
    ];
}
