namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>The value of an <c>address</c> merge field.</summary>
public sealed record MemberAddress
{
    /// <summary>Gets the first address line.</summary>
    public required string Addr1 { get; init; }

    /// <summary>Gets the second address line.</summary>
    public string? Addr2 { get; init; }

    /// <summary>Gets the city.</summary>
    public required string City { get; init; }

    /// <summary>Gets the state or region.</summary>
    public required string State { get; init; }

    /// <summary>Gets the postal code.</summary>
    public required string Zip { get; init; }

    /// <summary>Gets the ISO country code.</summary>
    public string? Country { get; init; }
}
