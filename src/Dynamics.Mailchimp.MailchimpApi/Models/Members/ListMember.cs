using System.Text.Json;
using System.Text.Json.Serialization;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>A member of an audience as Mailchimp returns it (fields left out by <c>fields</c> keep their defaults).</summary>
public sealed record ListMember
{
    /// <summary>Gets the member id: the subscriber hash of the address.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the email address.</summary>
    public string EmailAddress { get; init; } = string.Empty;

    /// <summary>Gets the id of the address across Mailchimp; a new one is issued when the member's address changes.</summary>
    public string? UniqueEmailId { get; init; }

    /// <summary>Gets the contact id, which stays when the member's address changes.</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the member's id in the Mailchimp web app; like <see cref="ContactId"/>, it stays when the address changes.</summary>
    public long? WebId { get; init; }

    /// <summary>Gets the status.</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>Gets the unsubscribe reason, when unsubscribed.</summary>
    public string? UnsubscribeReason { get; init; }

    /// <summary>Gets the merge-field values by tag (strings, numbers or an address object).</summary>
    public IReadOnlyDictionary<string, JsonElement>? MergeFields { get; init; }

    /// <summary>Gets the interests: interest id to membership.</summary>
    public IReadOnlyDictionary<string, bool>? Interests { get; init; }

    /// <summary>Gets the tags.</summary>
    public IReadOnlyList<MemberTag>? Tags { get; init; }

    /// <summary>Gets the language code.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a value indicating whether the member is a VIP.</summary>
    public bool? Vip { get; init; }

    /// <summary>Gets the source, e.g. <c>API - Generic</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets when the member last changed.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LastChanged { get; init; }

    /// <summary>Gets when the member signed up; <see langword="null"/> when unknown.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? TimestampSignup { get; init; }

    /// <summary>Gets when the member confirmed the opt-in; <see langword="null"/> when unknown.</summary>
    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? TimestampOpt { get; init; }

    /// <summary>Gets the list id.</summary>
    public string? ListId { get; init; }
}
