using System.Globalization;

namespace Dynamics.Mailchimp.MailchimpApi.Serialization;

/// <summary>Formats timestamps the way Mailchimp writes them: <c>2024-05-01T10:00:00+00:00</c>.</summary>
public static class MailchimpDateFormat
{
    /// <summary>Formats a timestamp in UTC, to the second.</summary>
    /// <param name="value">The timestamp.</param>
    /// <returns>The ISO 8601 text.</returns>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
