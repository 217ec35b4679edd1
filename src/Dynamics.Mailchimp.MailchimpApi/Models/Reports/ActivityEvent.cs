using System.Text.Json.Serialization;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>One open, click or bounce.</summary>
public sealed record ActivityEvent
{
    /// <summary>Gets the action (see <see cref="ActivityActions"/>).</summary>
    public string Action { get; init; } = string.Empty;

    /// <summary>Gets the bounce type, <c>hard</c> or <c>soft</c>, for bounces.</summary>
    public string? Type { get; init; }

    /// <summary>Gets when it happened.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets the clicked URL, for clicks.</summary>
    public string? Url { get; init; }
}
