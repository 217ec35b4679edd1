namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Another instance's lease.</summary>
/// <param name="Owner">Who holds it.</param>
/// <param name="ExpiresOn">Until when, unless renewed.</param>
public sealed record LeaseHolder(string Owner, DateTimeOffset ExpiresOn);
