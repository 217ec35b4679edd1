using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>One list member; mutated only under the store's lock.</summary>
internal sealed class MemberRecord
{
    private string _emailAddress = string.Empty;
    private string? _id;

    /// <summary>Gets or sets the address; setting it forgets <see cref="Id"/>, which follows the new address.</summary>
    public required string EmailAddress
    {
        get => _emailAddress;
        set
        {
            _emailAddress = value;
            _id = null;
        }
    }

    /// <summary>
    /// Gets the subscriber hash of <see cref="EmailAddress"/>, computed once per address rather than on every read; a
    /// creator that has just hashed the address passes the hash here, after the address.
    /// </summary>
    public string Id
    {
        get => _id ??= SubscriberHash.Of(_emailAddress);
        init => _id = value;
    }

    /// <summary>Gets or sets the id of this address on this list; a new one is issued when the address changes.</summary>
    public required string UniqueEmailId { get; set; }

    /// <summary>Gets the contact's id, stable across email changes.</summary>
    public required string ContactId { get; init; }

    public required long WebId { get; init; }

    public required long Sequence { get; init; }

    public required string Status { get; set; }

    /// <summary>Gets or sets a value indicating whether the contact unsubscribed themselves or was cleaned (API cannot re-subscribe).</summary>
    public bool ComplianceHold { get; set; }

    public string? UnsubscribeReason { get; set; }

    public string EmailType { get; set; } = "html";

    public string Language { get; set; } = string.Empty;

    public bool Vip { get; set; }

    public string Source { get; set; } = "API - Generic";

    public string IpSignup { get; set; } = string.Empty;

    public string IpOpt { get; set; } = string.Empty;

    public DateTimeOffset? TimestampSignup { get; set; }

    public DateTimeOffset? TimestampOpt { get; set; }

    public DateTimeOffset LastChanged { get; set; }

    public Dictionary<string, JsonNode?> MergeFields { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, bool> Interests { get; } = new(StringComparer.Ordinal);
}
