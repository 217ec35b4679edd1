using System.Text.Json.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>A member's status on an audience.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>Receives campaigns.</summary>
    [JsonStringEnumMemberName("subscribed")]
    Subscribed,

    /// <summary>Opted out.</summary>
    [JsonStringEnumMemberName("unsubscribed")]
    Unsubscribed,

    /// <summary>Bounced; set by Mailchimp only.</summary>
    [JsonStringEnumMemberName("cleaned")]
    Cleaned,

    /// <summary>Unconfirmed double opt-in; writing it sends a confirmation email.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>Transactional contact.</summary>
    [JsonStringEnumMemberName("transactional")]
    Transactional,

    /// <summary>Archived; read-only (never accepted in writes).</summary>
    [JsonStringEnumMemberName("archived")]
    Archived,
}
